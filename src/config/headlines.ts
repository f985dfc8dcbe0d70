import { z } from "zod";

/** Where a page prints its headlines; shared by archive.yaml and issue.yaml. */
export const headlinePositionSchema = z.enum(["after-body", "before-body"], {
  error: 'must be "after-body" (headline printed under its article) or "before-body"',
});

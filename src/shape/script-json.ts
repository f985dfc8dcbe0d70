/**
 * Data as JSON inside a `<script>` element (`application/ld+json`, the search page's
 * `application/json` configuration). The HTML parser ends the element at the first `</script`,
 * whatever JSON says, so `<`, `>` and `&` are written as JSON unicode escapes: text such as
 * `</script>` in a headline can never end the element, and `JSON.parse` reads the same data back.
 * The template prints the result unescaped (`| safe`).
 */
export function scriptJson(data: unknown): string {
  const json = JSON.stringify(data);
  return /[<>&]/.test(json)
    ? json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    : json;
}

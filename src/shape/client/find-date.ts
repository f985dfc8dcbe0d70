/**
 * The find-an-issue-by-date box (home and year pages). The form is in the page, hidden: without
 * this script the calendars are the way to a date. With it, the form shows, and on submit it goes
 * to that day's issue, or to the nearest one before it, from the list at `data-dates`.
 */
import { issueOnOrBefore, type IssueDates } from "../find-date.js";

let dates: Promise<IssueDates> | undefined;

for (const form of document.querySelectorAll<HTMLFormElement>("form.find-date")) {
  const input = form.querySelector<HTMLInputElement>("input[type=date]");
  const status = form.querySelector<HTMLElement>(".status");
  if (!input || !status) continue;
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!input.value) return;
    dates ??= fetch(form.dataset.dates ?? "").then((r) => r.json() as Promise<IssueDates>);
    dates
      .then((list) => {
        const found = issueOnOrBefore(list, input.value);
        if (found) window.location.assign(found[1]);
        else status.textContent = form.dataset.none ?? "";
      })
      .catch(() => {
        dates = undefined;
        status.textContent = form.dataset.none ?? "";
      });
  });
}

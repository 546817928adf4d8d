/**
 * After a failed save (refused by the form's own check or by the core), the focus goes to the
 * first field in error in the order the form shows them, and a form in tabs first opens the tab
 * that holds it. Every record form does it through this hook, so it is written once.
 *
 * The field is found in the page, not in the error list: Mantine marks a field in error with
 * aria-invalid (a group of checkboxes or chips with its error text), which works for any input,
 * whatever its path, and gives the reading order across tabs (panels stay mounted, hidden).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

const IN_ERROR = '[aria-invalid="true"], .mantine-InputWrapper-error';
const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';
/** How long to wait for a tab's panel to show the field, in frames (about half a second). */
const MAX_FRAMES = 30;

/** The element to focus for the first field in error inside `root`, or null. */
function firstFieldInError(root: HTMLElement): HTMLElement | null {
  const marked = root.querySelector<HTMLElement>(IN_ERROR);
  if (!marked) return null;
  if (marked.matches(FOCUSABLE)) return marked;
  // An error text under a group: its first box or chip.
  const group = marked.closest<HTMLElement>('.mantine-InputWrapper-root') ?? marked.parentElement;
  return group?.querySelector<HTMLElement>(FOCUSABLE) ?? null;
}

/** Opens the tab whose panel holds `field`, if it is not the one shown. */
function openTabOf(field: HTMLElement): void {
  const panel = field.closest<HTMLElement>('[role="tabpanel"]');
  const tabId = panel?.getAttribute('aria-labelledby');
  const tab = tabId ? field.ownerDocument.getElementById(tabId) : null;
  if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
}

/** Focuses the first field in error; returns how to stop waiting (the form went away meanwhile). */
function focusFirstFieldInError(root: HTMLElement): () => void {
  const field = firstFieldInError(root);
  if (!field) return () => undefined;
  openTabOf(field);
  let frames = 0;
  let handle = 0;
  // A tab just opened shows its panel on the next render: focus once the field can be seen.
  const attempt = () => {
    if (field.checkVisibility()) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    } else if (++frames < MAX_FRAMES) {
      handle = requestAnimationFrame(attempt);
    }
  };
  attempt();
  return () => cancelAnimationFrame(handle);
}

export interface FocusFirstError<T extends HTMLElement> {
  /** Goes on the form element (or the element that holds the form's fields). */
  formRef: RefObject<T | null>;
  /** Called where a save fails, after the errors are set: the focus moves once they are on screen. */
  focusFirstError(): void;
}

export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>(): FocusFirstError<T> {
  const formRef = useRef<T>(null);
  // A request per failed save; the effect runs after the render that shows its errors.
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0 || !formRef.current) return;
    return focusFirstFieldInError(formRef.current);
  }, [request]);
  return { formRef, focusFirstError: () => setRequest((n) => n + 1) };
}

/**
 * Shows the header's search boxes: they are hidden in the markup, because searching needs this
 * script to run at all (progressive enhancement).
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) form.hidden = false;

/** Styles of the extension's UI inside its shadow root; page CSS cannot reach them, nor they the page. */
export const UI_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box;
  max-width: min(24rem, calc(100vw - 16px)); padding: 12px 15px;
  font: 400 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #0b0c0c; background: #fff; border: 2px solid #0b0c0c; border-top: 5px solid #1d70b8;
  box-shadow: 0 4px 12px rgba(11, 12, 12, 0.25); text-align: left;
}
.card[hidden] { display: none; }
.term { margin: 0; font-size: 19px; font-weight: 700; }
.expansion { margin: 2px 0 0; font-weight: 700; }
.definition { margin: 6px 0 0; }
.meta { margin: 8px 0 0; font-size: 14px; color: #484949; }
.source { margin: 6px 0 0; font-size: 14px; color: #484949; }
.others { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid #b1b4b6; }
.others-title { margin: 0; font-size: 14px; font-weight: 700; }
.others ul { margin: 4px 0 0; padding-left: 20px; }
.others li { margin: 2px 0; }
.hint { margin: 8px 0 0; font-size: 14px; color: #484949; }
.renamed { margin: 6px 0 0; padding: 4px 8px; background: #fff7bf; border-left: 4px solid #ffdd00; }
.defined-by { margin: 8px 0 0; padding: 0 0 0 10px; border-left: 4px solid #b1b4b6; font-style: italic; }
.card-page { border-top-color: #00703c; }
.card-unknown { border-top-color: #505a5f; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.panel {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(28rem, calc(100vw - 16px));
  padding: 12px 15px; font: 400 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #0b0c0c; background: #fff; border: 2px solid #0b0c0c; box-shadow: 0 4px 12px rgba(11, 12, 12, 0.25);
}
.editor { right: 16px; bottom: 16px; width: 26rem; }
.toast { left: 16px; bottom: 16px; }
.orphans { right: 16px; top: 16px; max-height: 60vh; overflow: auto; }
.orphans ul { margin: 8px 0 0; padding: 0; list-style: none; }
.orphans li { margin: 0 0 10px; }
.panel-title { margin: 0 0 6px; font-size: 19px; font-weight: 700; }
.quote { margin: 6px 0; padding: 0 0 0 10px; border-left: 4px solid #b1b4b6; color: #484949; white-space: pre-wrap; }
.label { display: block; margin: 8px 0 4px; font-weight: 700; }
.editor .hint { margin: 0 0 4px; }
textarea {
  box-sizing: border-box; width: 100%; min-height: 6em; padding: 5px; font: inherit; color: inherit;
  background: #fff; border: 2px solid #0b0c0c; resize: vertical;
}
.note-body { margin: 6px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 16em; overflow: auto; }
.changed { margin: 8px 0 0; padding: 6px 8px; background: #fff7bf; }
.changed p { margin: 2px 0; }
.error { margin: 6px 0; color: #d4351c; font-weight: 700; }
.actions { display: flex; gap: 10px; margin: 10px 0 0; }
.button {
  padding: 6px 12px; font: inherit; font-weight: 400; color: #0b0c0c; background: #f3f2f1;
  border: 0; border-bottom: 2px solid #929191; cursor: pointer; min-height: 32px; min-width: 44px; /* WCAG 2.2 target size */
}
.button.primary { color: #fff; background: #00703c; border-bottom-color: #002d18; }
.button.warning { color: #fff; background: #d4351c; border-bottom-color: #55150b; }
/* GOV.UK focus: yellow with a black edge, on whatever has the keyboard focus. */
:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.button:focus-visible, textarea:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
.floating { position: fixed; z-index: 2147483647; box-shadow: 0 2px 6px rgba(11, 12, 12, 0.3); }
@media (prefers-color-scheme: dark) {
  .panel { color: #f3f2f1; background: #1b1b1b; border-color: #f3f2f1; }
  textarea { color: #f3f2f1; background: #0b0c0c; border-color: #f3f2f1; }
  .quote { color: #c8c8c8; }
  .changed { background: #3d3700; }
  .button { color: #f3f2f1; background: #383f43; }
  .error { color: #f47738; }
  .card { color: #f3f2f1; background: #1b1b1b; border-color: #f3f2f1; border-top-color: #5694ca; }
  .meta, .hint, .source { color: #c8c8c8; }
  .others { border-top-color: #6f777b; }
  .renamed { background: #3d3700; border-left-color: #ffdd00; }
  .defined-by { border-left-color: #6f777b; }
}
`;

/// The page's style sheet, served as `/app.css`.

enum PageStyle {
  static let source = #"""
    /* homeprogram web page. Plain CSS, no external fonts or images; works offline. */
    :root {
      --ink: #1b1f24;
      --muted: #4d5560;
      --line: #c9d0d8;
      --accent: #1f5fad;
      --accent-ink: #ffffff;
      --paper: #ffffff;
      --wash: #f3f5f8;
      --danger: #a1101a;
      --danger-wash: #fdecee;
      --warn: #7a4b00;
      --warn-wash: #fff4dc;
      --focus: #ffbf47;
    }
    * { box-sizing: border-box; }
    html { font-size: 100%; }
    body {
      margin: 0;
      font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
      line-height: 1.45;
      color: var(--ink);
      background: var(--wash);
    }
    .skip { position: absolute; left: -999px; top: 0; }
    .skip:focus { left: 0.5rem; top: 0.5rem; background: var(--paper); padding: 0.5rem; z-index: 10; }
    .page-header, .page-footer { padding: 0.75rem 1.5rem; }
    .page-header { background: var(--accent); color: var(--accent-ink); }
    .page-header h1 { margin: 0; font-size: 1.5rem; }
    .page-header p { margin: 0.25rem 0 0; }
    .page-footer { color: var(--muted); font-size: 0.875rem; }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 1.25rem;
      padding: 1rem 1.5rem;
      align-items: start;
    }
    @media (max-width: 900px) { .layout { grid-template-columns: minmax(0, 1fr); } }
    form, .results {
      background: var(--paper);
      border: 1px solid var(--line);
      border-radius: 6px;
      padding: 1rem 1.25rem;
    }
    .results { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; margin: 0 0 1rem; padding: 0.5rem 0.9rem 0.75rem; }
    fieldset.section > legend { font-weight: 700; font-size: 1.1rem; padding: 0 0.3rem; }
    fieldset.group > legend, fieldset.radios > legend { font-weight: 600; padding: 0 0.2rem; }
    fieldset.group { margin: 0.5rem 0; }
    fieldset.radios { border: none; padding: 0; margin: 0.5rem 0; }
    fieldset.group-emergency { border-color: var(--danger); background: var(--danger-wash); }
    fieldset.group-urgent { border-color: #c77d00; background: var(--warn-wash); }
    .field { margin: 0.5rem 0; }
    .field > label { display: block; font-weight: 600; }
    .field.check > label { display: inline; }
    input[type=text], input[type=date], select, textarea {
      font: inherit;
      padding: 0.35rem 0.5rem;
      border: 1px solid #7d8894;
      border-radius: 4px;
      width: 100%;
      max-width: 28rem;
      background: var(--paper);
      color: var(--ink);
    }
    input.short { max-width: 7rem; }
    textarea { max-width: 100%; }
    .radio { display: inline-block; margin: 0.15rem 1rem 0.15rem 0; }
    .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.2rem 1rem; }
    .check { display: block; }
    .check > .hint { display: block; margin-left: 1.6rem; }
    .hint, .note { color: var(--muted); font-size: 0.875rem; margin: 0.1rem 0; }
    input[type=checkbox], input[type=radio] { width: 1.1rem; height: 1.1rem; margin: 0 0.4rem 0 0; vertical-align: -0.15rem; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    [aria-invalid=true] { border-color: var(--danger); box-shadow: 0 0 0 1px var(--danger); }
    .error { color: var(--danger); font-weight: 600; margin: 0.2rem 0; }
    .error::before { content: "⚠ "; }
    .error-summary { border: 2px solid var(--danger); background: var(--danger-wash); padding: 0.5rem 1rem; margin-bottom: 1rem; }
    .error-summary h2 { margin: 0; font-size: 1.1rem; color: var(--danger); }
    .error-summary a { color: var(--danger); }
    details.picker { margin: 0.5rem 0; }
    details.picker summary { cursor: pointer; font-weight: 600; }
    .actions { position: sticky; bottom: 0; background: var(--paper); border-top: 1px solid var(--line); padding: 0.6rem 0 0.2rem; }
    .buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    button, .button {
      font: inherit;
      font-weight: 600;
      padding: 0.5rem 1rem;
      border: 1px solid var(--accent);
      border-radius: 4px;
      background: var(--paper);
      color: var(--accent);
      cursor: pointer;
      display: inline-block;
    }
    button.primary { background: var(--accent); color: var(--accent-ink); }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
    }
    input[type=file].visually-hidden:focus-visible + *, .button:focus-within { outline: 3px solid var(--focus); }
    form[aria-busy=true] button { opacity: 0.6; }
    .status { color: var(--muted); }
    .referral { border: 3px solid var(--danger); background: var(--danger-wash); color: var(--danger); padding: 0.75rem 1rem; border-radius: 6px; }
    .referral h3 { margin: 0 0 0.25rem; font-size: 1.35rem; }
    .referral.urgent { border-color: #c77d00; background: var(--warn-wash); color: var(--warn); }
    .referral.not-eligible { border-color: var(--muted); background: var(--wash); color: var(--ink); }
    .summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0; }
    .summary dt { font-weight: 600; }
    .summary dd { margin: 0; }
    .items li { margin-bottom: 0.4rem; }
    .why { color: var(--muted); font-size: 0.85rem; }
    .warnings li { color: var(--warn); }
    .decisions { font-size: 0.85rem; }
    .preview-text {
      white-space: pre-wrap;
      font-family: "DejaVu Sans Mono", ui-monospace, monospace;
      font-size: 0.8rem;
      background: var(--wash);
      border: 1px solid var(--line);
      padding: 0.75rem;
      max-height: 40rem;
      overflow: auto;
    }
    @media print { .actions, .page-header, form { display: none; } .results { position: static; max-height: none; } }

    """#
}

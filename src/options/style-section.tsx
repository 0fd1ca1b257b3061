/** Section: how terms are highlighted on pages (style, colour with its contrast, categories shown). Saved on change. */
import { useEffect, useState } from 'preact/hooks';
import { checkColour, TEXT_MINIMUM, UNDERLINE_MINIMUM, type PageCheck } from '../core/contrast';
import { CATEGORIES, DEFAULT_DISPLAY_SETTINGS, HIGHLIGHT_COLOURS, type DisplaySettings, type HighlightStyle } from '../core/display-settings';
import { callBackground } from '../shared/messaging';
import type { Category } from '../shared/types';
import { CATEGORY_LABELS } from './term-validation';

const STYLES: ReadonlyArray<readonly [HighlightStyle, string, string]> = [
  ['underline', 'Underline', 'A dotted line under each term, in the colour below.'],
  ['background', 'Background', 'A tint of the colour below behind each term.'],
];

const ratio = (r: number) => `${r.toFixed(1)}:1`;

/** What a colour's contrast means for the chosen style, e.g. "Passes on light pages (5.2:1), fails on dark pages (2.9:1)". */
export function contrastSummary(hex: string, style: HighlightStyle): { text: string; passes: boolean } {
  const check = checkColour(hex);
  const part = (c: PageCheck): [boolean, number] => (style === 'underline' ? [c.underlinePasses, c.underline] : [c.backgroundPasses, c.background]);
  const [lightOk, light] = part(check.light);
  const [darkOk, dark] = part(check.dark);
  const text = `${lightOk ? 'Passes' : 'Fails'} on light pages (${ratio(light)}), ${darkOk ? 'passes' : 'fails'} on dark pages (${ratio(dark)})`;
  return { text, passes: lightOk && darkOk };
}

/** The highlight style, colour and categories, saved as soon as they change. */
export function StyleSection() {
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULT_DISPLAY_SETTINGS);
  const [status, setStatus] = useState('');
  useEffect(() => {
    callBackground('getDisplaySettings', {}).then(setSettings, () => undefined);
  }, []);
  const save = async (change: Partial<DisplaySettings>) => {
    setSettings((s) => ({ ...s, ...change }));
    try {
      setSettings(await callBackground('setDisplaySettings', change));
      setStatus('Saved. Open pages show the change.');
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const toggleCategory = (category: Category, shown: boolean) => {
    const hidden = new Set(settings.hiddenCategories);
    if (shown) hidden.delete(category);
    else hidden.add(category);
    void save({ hiddenCategories: CATEGORIES.filter((c) => hidden.has(c)) });
  };
  const minimum = settings.highlightStyle === 'underline'
    ? `An underline needs a contrast of ${UNDERLINE_MINIMUM}:1 with the page`
    : `Text needs a contrast of ${TEXT_MINIMUM}:1 with the tint behind it`;
  return (
    <section aria-labelledby="style-title">
      <h2 id="style-title">Highlights</h2>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">How terms are marked</legend>
        <div class="radios">
          {STYLES.map(([value, label, hint]) => (
            <div class="radios__item" key={value}>
              <input class="radios__input" type="radio" name="highlight-style" id={`highlight-style-${value}`} value={value}
                checked={settings.highlightStyle === value} onChange={() => void save({ highlightStyle: value })}
                aria-describedby={`highlight-style-${value}-hint`} />
              <label class="radios__label" for={`highlight-style-${value}`}>{label}</label>
              <div class="hint radios__hint" id={`highlight-style-${value}-hint`}>{hint}</div>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset class="fieldset" aria-describedby="highlight-colour-hint">
        <legend class="fieldset__legend">Colour</legend>
        <div class="hint" id="highlight-colour-hint">{minimum} (WCAG AA). A colour that fails can still be chosen.</div>
        <div class="radios">
          {HIGHLIGHT_COLOURS.map(({ name, hex }) => {
            const id = `highlight-colour-${name.toLowerCase()}`;
            const summary = contrastSummary(hex, settings.highlightStyle);
            return (
              <div class="radios__item" key={hex}>
                <input class="radios__input" type="radio" name="highlight-colour" id={id} value={hex}
                  checked={settings.highlightColour === hex} onChange={() => void save({ highlightColour: hex })} aria-describedby={`${id}-hint`} />
                <label class="radios__label" for={id}>
                  <span class="swatch" style={{ backgroundColor: hex }} aria-hidden="true" /> {name} <code>{hex}</code>
                </label>
                <div class={`hint radios__hint${summary.passes ? '' : ' hint--warning'}`} id={`${id}-hint`}>
                  {summary.passes ? '' : <strong>Low contrast: </strong>}{summary.text}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <fieldset class="fieldset" aria-describedby="categories-hint">
        <legend class="fieldset__legend">Categories to show</legend>
        <div class="hint" id="categories-hint">Terms whose most likely meaning is in an unticked category are not highlighted.</div>
        <div class="checkboxes">
          {CATEGORY_LABELS.map(([category, label]) => (
            <div class="radios__item" key={category}>
              <input class="radios__input" type="checkbox" id={`show-category-${category}`} checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) => toggleCategory(category, (e.currentTarget as HTMLInputElement).checked)} />
              <label class="radios__label" for={`show-category-${category}`}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p class="status" id="style-status" role="status">{status}</p>
    </section>
  );
}

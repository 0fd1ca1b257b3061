/** Section: how terms are highlighted on pages (style, colour with its contrast, categories shown). Saved on change. */
import { useEffect, useState } from 'preact/hooks';
import { checkColour, TEXT_MINIMUM, UNDERLINE_MINIMUM, type PageCheck } from '../core/contrast';
import { CATEGORIES, DEFAULT_DISPLAY_SETTINGS, HIGHLIGHT_COLOURS, type DisplaySettings, type HighlightStyle } from '../core/display-settings';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import type { Category } from '../shared/types';
import { errorText } from '../ui/error-text';
import { CATEGORY_LABELS } from './term-validation';

// The colours' names, by the name the core gives each colour.
const COLOUR_NAMES: Record<string, MessageKey> = {
  Blue: 'colourBlue', Purple: 'colourPurple', Green: 'colourGreen', Orange: 'colourOrange', Black: 'colourBlack',
};
const colourName = (name: string) => (COLOUR_NAMES[name] ? t(COLOUR_NAMES[name]) : name);

const STYLES: ReadonlyArray<readonly [HighlightStyle, MessageKey, MessageKey]> = [
  ['underline', 'optionsStyleUnderline', 'optionsStyleUnderlineHint'],
  ['background', 'optionsStyleBackground', 'optionsStyleBackgroundHint'],
];

// One whole sentence per outcome: [light passes][dark passes].
const CONTRAST: Record<'true' | 'false', Record<'true' | 'false', MessageKey>> = {
  true: { true: 'optionsContrastBothPass', false: 'optionsContrastLightOnly' },
  false: { true: 'optionsContrastDarkOnly', false: 'optionsContrastBothFail' },
};

const ratio = (r: number) => `${r.toFixed(1)}:1`;

/** What a colour's contrast means for the chosen style, e.g. "Passes on light pages (5.2:1), fails on dark pages (2.9:1)". */
export function contrastSummary(hex: string, style: HighlightStyle): { text: string; passes: boolean } {
  const check = checkColour(hex);
  const part = (c: PageCheck): [boolean, number] => (style === 'underline' ? [c.underlinePasses, c.underline] : [c.backgroundPasses, c.background]);
  const [lightOk, light] = part(check.light);
  const [darkOk, dark] = part(check.dark);
  const text = t(CONTRAST[`${lightOk}`][`${darkOk}`], ratio(light), ratio(dark));
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
      setStatus(t('optionsStyleSaved'));
    } catch (error) {
      setStatus(t('optionsStyleNotSaved', errorText(error)));
    }
  };
  const toggleCategory = (category: Category, shown: boolean) => {
    const hidden = new Set(settings.hiddenCategories);
    if (shown) hidden.delete(category);
    else hidden.add(category);
    void save({ hiddenCategories: CATEGORIES.filter((c) => hidden.has(c)) });
  };
  const colourHint = settings.highlightStyle === 'underline'
    ? t('optionsColourHintUnderline', UNDERLINE_MINIMUM)
    : t('optionsColourHintBackground', TEXT_MINIMUM);
  return (
    <section aria-labelledby="style-title">
      <h2 id="style-title">{t('optionsHighlightsTitle')}</h2>
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{t('optionsStyleLegend')}</legend>
        <div class="radios">
          {STYLES.map(([value, label, hint]) => (
            <div class="radios__item" key={value}>
              <input class="radios__input" type="radio" name="highlight-style" id={`highlight-style-${value}`} value={value}
                checked={settings.highlightStyle === value} onChange={() => void save({ highlightStyle: value })}
                aria-describedby={`highlight-style-${value}-hint`} />
              <label class="radios__label" for={`highlight-style-${value}`}>{t(label)}</label>
              <div class="hint radios__hint" id={`highlight-style-${value}-hint`}>{t(hint)}</div>
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset class="fieldset" aria-describedby="highlight-colour-hint">
        <legend class="fieldset__legend">{t('optionsColourLegend')}</legend>
        <div class="hint" id="highlight-colour-hint">{colourHint}</div>
        <div class="radios">
          {HIGHLIGHT_COLOURS.map(({ name, hex }) => {
            const id = `highlight-colour-${name.toLowerCase()}`;
            const summary = contrastSummary(hex, settings.highlightStyle);
            return (
              <div class="radios__item" key={hex}>
                <input class="radios__input" type="radio" name="highlight-colour" id={id} value={hex}
                  checked={settings.highlightColour === hex} onChange={() => void save({ highlightColour: hex })} aria-describedby={`${id}-hint`} />
                <label class="radios__label" for={id}>
                  <span class="swatch" style={{ backgroundColor: hex }} aria-hidden="true" /> {colourName(name)} <code>{hex}</code>
                </label>
                <div class={`hint radios__hint${summary.passes ? '' : ' hint--warning'}`} id={`${id}-hint`}>
                  {summary.passes ? '' : <strong>{t('optionsLowContrast')} </strong>}{summary.text}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <fieldset class="fieldset" aria-describedby="categories-hint">
        <legend class="fieldset__legend">{t('optionsCategoriesLegend')}</legend>
        <div class="hint" id="categories-hint">{t('optionsCategoriesHint')}</div>
        <div class="checkboxes">
          {CATEGORY_LABELS.map(([category, label]) => (
            <div class="radios__item" key={category}>
              <input class="radios__input" type="checkbox" id={`show-category-${category}`} checked={!settings.hiddenCategories.includes(category)}
                onChange={(e) => toggleCategory(category, e.currentTarget.checked)} />
              <label class="radios__label" for={`show-category-${category}`}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <p class="status" id="style-status" role="status">{status}</p>
    </section>
  );
}

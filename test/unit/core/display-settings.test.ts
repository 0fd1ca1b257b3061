import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY_SETTINGS, displaySettingsProblems, normaliseDisplaySettings } from '../../../src/core/display-settings';

describe('display settings', () => {
  it('defaults to a blue underline showing every category', () => {
    expect(normaliseDisplaySettings(undefined)).toEqual({ highlightStyle: 'underline', highlightColour: '#1d70b8', hiddenCategories: [] });
    expect(normaliseDisplaySettings('junk')).toEqual(DEFAULT_DISPLAY_SETTINGS);
  });

  it('keeps valid fields and replaces invalid ones with the default', () => {
    expect(normaliseDisplaySettings({ highlightStyle: 'background', highlightColour: '#123456', hiddenCategories: ['legislation', 'nonsense', 3] }))
      .toEqual({ highlightStyle: 'background', highlightColour: '#1d70b8', hiddenCategories: ['legislation'] });
    expect(normaliseDisplaySettings({ highlightStyle: 'glow', highlightColour: '#4C2C92', hiddenCategories: 'role' }))
      .toEqual({ highlightStyle: 'underline', highlightColour: '#4c2c92', hiddenCategories: [] });
  });

  it('lists hidden categories once, in the usual order', () => {
    expect(normaliseDisplaySettings({ hiddenCategories: ['other', 'role', 'other'] }).hiddenCategories).toEqual(['role', 'other']);
  });

  it('accepts a valid change, field by field', () => {
    expect(displaySettingsProblems({})).toEqual([]);
    expect(displaySettingsProblems({ highlightStyle: 'background' })).toEqual([]);
    expect(displaySettingsProblems({ highlightColour: '#00703c', hiddenCategories: ['legislation', 'system'] })).toEqual([]);
  });

  it('refuses bad values and unknown fields', () => {
    expect(displaySettingsProblems(null)).toEqual([{ code: 'not-an-object' }]);
    expect(displaySettingsProblems([])).toEqual([{ code: 'not-an-object' }]);
    expect(displaySettingsProblems({ highlightStyle: 'glow' })).toEqual([{ code: 'not-allowed', setting: 'highlightStyle' }]);
    expect(displaySettingsProblems({ highlightColour: 'red' })).toEqual([{ code: 'not-allowed', setting: 'highlightColour' }]);
    expect(displaySettingsProblems({ highlightColour: 7 })).toEqual([{ code: 'not-allowed', setting: 'highlightColour' }]);
    expect(displaySettingsProblems({ hiddenCategories: ['legislation', 'x'] })).toEqual([{ code: 'not-allowed', setting: 'hiddenCategories' }]);
    expect(displaySettingsProblems({ hiddenCategories: 'legislation' })).toEqual([{ code: 'not-allowed', setting: 'hiddenCategories' }]);
    expect(displaySettingsProblems({ colour: '#1d70b8' })).toEqual([{ code: 'unknown-setting', setting: 'colour' }]);
  });
});

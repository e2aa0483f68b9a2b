#!/usr/bin/env node
// Schakel theme: generates web/theme/tokens.css.
//
//   node web/theme/gen-tokens.mjs          write tokens.css
//   node web/theme/gen-tokens.mjs --check  exit 1 if tokens.css is out of date
//
// 1. Schakel's own base tokens (--sk-*): palette, semantic colours, type, space, borders, focus.
// 2. Every --ams-* custom property that the Amsterdam Design System component CSS
//    (node_modules/@amsterdam/design-system-css/dist/index.css) references, mapped onto
//    the base tokens by meaning. The list of names is read from the installed CSS, so an
//    upgrade that adds a token without a mapping here makes this script fail loudly.
//
// All values are Schakel's own choices; nothing is taken from the City of Amsterdam's
// proprietary token package.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ADS_CSS = here('../node_modules/@amsterdam/design-system-css/dist/index.css');
const OUT = here('./tokens.css');

// Every --ams-* name the component CSS reads, including `var( --ams-x /* @deprecated */, …)`.
const adsCss = readFileSync(ADS_CSS, 'utf8');
export const referenced = [...new Set([...adsCss.matchAll(/var\(\s*(--ams-[a-z0-9-]+)/g)].map((m) => m[1]))].sort();
const isReferenced = (name) => referenced.includes(`--ams-${name}`);
/** Adds mappings shared by a family of components, keeping only names the CSS reads. */
const assignShared = (target, entries) => {
  for (const [k, val] of Object.entries(entries)) if (isReferenced(k) && !(k in target)) target[k] = val;
};

// ---------------------------------------------------------------------------------------------
// Colour maths (WCAG 2.1 relative luminance), used to annotate the palette and to fail the
// build when a declared text/background pair drops below its required ratio.
const luminance = (hex) => {
  const [r, g, b] = hex.replace('#', '').match(/../g).map((x) => parseInt(x, 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
export const contrast = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

// ---------------------------------------------------------------------------------------------
// 1. Base tokens

/** Raw palette. Deep teal (trust, calm), warm amber accent, cool neutrals, feedback hues. */
export const palette = {
  'teal-950': '#05232B',
  'teal-900': '#0A3440',
  'teal-800': '#0E4654',
  'teal-700': '#115E6E',
  'teal-600': '#177588',
  'teal-500': '#2690A5',
  'teal-300': '#7CC3D0',
  'teal-200': '#B4DCE3',
  'teal-100': '#DCEFF2',
  'teal-50': '#F0F8F9',

  'amber-800': '#8A4B00',
  'amber-700': '#B35F00',
  'amber-500': '#E8971E',
  'amber-300': '#FFC861',
  'amber-100': '#FFF1D6',

  'gray-950': '#14191C',
  'gray-800': '#2E373C',
  'gray-700': '#46525A',
  'gray-600': '#5E6A72',
  'gray-500': '#7A858C',
  'gray-400': '#99A3AA',
  'gray-300': '#C3CAD0',
  'gray-200': '#DDE2E6',
  'gray-100': '#EDF0F2',
  'gray-50': '#F6F8F9',
  white: '#FFFFFF',

  'red-800': '#8C1C15',
  'red-700': '#B3261E',
  'red-100': '#FCE4E1',
  'red-50': '#FDF1EF',
  'green-800': '#154F2B',
  'green-700': '#1E6B3A',
  'green-100': '#DFF3E4',
  'green-50': '#F0F9F2',
  'yellow-800': '#6E5200',
  'yellow-500': '#D9A400',
  'yellow-100': '#FFF4C2',
  'blue-700': '#1F4E8C',
  'blue-100': '#E3EDFB',
  'purple-700': '#5A2D91',
  'purple-100': '#EEE7F9',
  'rose-700': '#8C1F52',
  'rose-100': '#FBE6EF',
  'orange-700': '#8A4200',
  'orange-100': '#FFEBD1',
};

const p = (name) => `var(--sk-${name})`;

/** Semantic colours: what components and app.css use. */
const semantic = [
  ['color-text', p('gray-950'), 'body text'],
  ['color-text-secondary', p('gray-700'), 'supporting text, metadata, placeholders'],
  ['color-text-disabled', p('gray-500'), 'disabled controls (exempt from contrast rules)'],
  ['color-text-inverse', p('white'), 'text on dark brand surfaces'],
  ['color-heading', p('teal-950'), 'headings'],
  ['color-page', p('gray-50'), 'page background behind content'],
  ['color-surface', p('white'), 'cards, inputs, tables'],
  ['color-surface-subtle', p('teal-50'), 'hover rows, quiet panels'],
  ['color-surface-disabled', p('gray-100'), 'disabled inputs'],
  ['color-surface-brand', p('teal-800'), 'app header bar'],
  ['color-surface-brand-strong', p('teal-950'), 'footer'],
  ['color-border', p('gray-200'), 'separators (decorative)'],
  ['color-border-strong', p('gray-600'), 'form control borders (3:1 on white)'],
  ['color-border-hover', p('gray-950'), 'form control border on hover'],
  ['color-interactive', p('teal-700'), 'links, primary buttons, selected states'],
  ['color-interactive-hover', p('teal-900'), 'hover on links and primary buttons'],
  ['color-interactive-active', p('teal-950'), 'pressed'],
  ['color-interactive-subtle', p('teal-100'), 'hover background of quiet controls'],
  ['color-on-interactive', p('white'), 'text on primary buttons'],
  ['color-accent', p('amber-500'), 'decorative accent (wordmark, current-page bar)'],
  ['color-accent-on-dark', p('amber-300'), 'accent on the dark header'],
  ['color-accent-subtle', p('amber-100'), 'highlight background (mark)'],
  ['color-focus', p('amber-700'), 'focus ring on light surfaces'],
  ['color-focus-on-dark', p('amber-300'), 'focus ring on the dark header'],
  ['color-error', p('red-700'), 'error text, borders, indicator'],
  ['color-error-strong', p('red-800'), 'error hover, danger button hover'],
  ['color-error-subtle', p('red-50'), 'error panel background'],
  ['color-success', p('green-700'), 'success text, borders, indicator'],
  ['color-success-subtle', p('green-50'), 'success panel background'],
  ['color-warning', p('yellow-500'), 'warning indicator (non-text)'],
  ['color-warning-text', p('amber-800'), 'warning text'],
  ['color-warning-subtle', p('yellow-100'), 'warning panel background'],
  ['color-info', p('teal-700'), 'information indicator'],
  ['color-info-subtle', p('teal-50'), 'information panel background'],
];

const typography = [
  ['font-family', "'Atkinson Hyperlegible Next', system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"],
  ['font-weight-regular', '400'],
  ['font-weight-semibold', '600'],
  ['font-weight-bold', '700'],
  // Fluid sizes between a 320 px and a 1440 px wide viewport.
  ['font-size-s', '0.875rem', '14 px'],
  ['font-size-m', 'clamp(1rem, 0.964rem + 0.179vw, 1.125rem)', '16 → 18 px, body text'],
  ['font-size-l', 'clamp(1.125rem, 1.054rem + 0.357vw, 1.375rem)', '18 → 22 px, lead text'],
  ['font-size-heading-1', 'clamp(1.75rem, 1.536rem + 1.071vw, 2.5rem)', '28 → 40 px'],
  ['font-size-heading-2', 'clamp(1.5rem, 1.357rem + 0.714vw, 2rem)', '24 → 32 px'],
  ['font-size-heading-3', 'clamp(1.25rem, 1.179rem + 0.357vw, 1.5rem)', '20 → 24 px'],
  ['font-size-heading-4', 'clamp(1.125rem, 1.089rem + 0.179vw, 1.25rem)', '18 → 20 px'],
  ['font-size-heading-5', 'var(--sk-font-size-m)'],
  ['line-height-s', '1.45'],
  ['line-height-m', '1.6'],
  ['line-height-l', '1.5'],
  ['line-height-control', '1.5', 'buttons and inputs'],
  ['line-height-heading-1', '1.15'],
  ['line-height-heading-2', '1.2'],
  ['line-height-heading-3', '1.3'],
  ['line-height-heading-4', '1.35'],
  ['line-height-heading-5', '1.45'],
  ['underline-thickness', 'max(1px, 0.0625em)'],
  ['underline-thickness-hover', 'max(2px, 0.125em)'],
  ['underline-offset', '0.2em'],
];

const space = [
  ['space-2xs', '0.25rem', '4 px'],
  ['space-xs', '0.5rem', '8 px'],
  ['space-s', '0.75rem', '12 px'],
  ['space-m', '1rem', '16 px'],
  ['space-l', 'clamp(1.25rem, 1.179rem + 0.357vw, 1.5rem)', '20 → 24 px'],
  ['space-xl', 'clamp(1.5rem, 1.286rem + 1.071vw, 2.25rem)', '24 → 36 px'],
  ['space-2xl', 'clamp(2rem, 1.571rem + 2.143vw, 3.5rem)', '32 → 56 px'],
  ['control-padding-block', '0.5625rem', 'inputs and buttons are at least 44 px tall'],
  ['control-padding-inline', '0.75rem'],
  ['button-padding-inline', '1.125rem'],
  ['target-size', '2.75rem', '44 px touch target'],
];

const shape = [
  ['border-width-s', '1px'],
  ['border-width-m', '2px'],
  ['border-width-l', '4px'],
  ['radius-s', '4px'],
  ['radius-m', '6px'],
  ['radius-l', '10px'],
  ['radius-pill', '999px'],
  ['focus-width', '3px'],
  ['focus-offset', '2px'],
  ['shadow-s', '0 1px 2px rgb(10 52 64 / 0.08), 0 1px 3px rgb(10 52 64 / 0.06)'],
  ['shadow-m', '0 2px 4px rgb(10 52 64 / 0.06), 0 6px 16px rgb(10 52 64 / 0.08)'],
  ['shadow-l', '0 8px 24px rgb(5 35 43 / 0.18), 0 2px 6px rgb(5 35 43 / 0.1)'],
  ['backdrop', 'rgb(5 35 43 / 0.6)'],
  ['duration', '0.2s'],
  ['easing', 'ease-in-out'],
  ['content-max-inline-size', '76rem', 'main column'],
  ['prose-max-inline-size', '42rem', 'forms and text'],
];

/** Text/background pairs that must meet WCAG 2.1 AA. [fg, bg, minimum, what]. */
export const contrastPairs = [
  ['gray-950', 'white', 4.5, 'body text on surface'],
  ['gray-950', 'gray-50', 4.5, 'body text on page'],
  ['gray-700', 'white', 4.5, 'secondary text on surface'],
  ['gray-700', 'gray-50', 4.5, 'secondary text on page'],
  ['teal-950', 'gray-50', 4.5, 'heading on page'],
  ['teal-700', 'white', 4.5, 'link on surface'],
  ['teal-700', 'gray-50', 4.5, 'link on page'],
  ['teal-700', 'teal-50', 4.5, 'link on subtle surface'],
  ['teal-900', 'teal-100', 4.5, 'link hover on hover background'],
  ['white', 'teal-700', 4.5, 'primary button text'],
  ['white', 'teal-900', 4.5, 'primary button hover text'],
  ['white', 'teal-800', 4.5, 'header text'],
  ['teal-100', 'teal-800', 4.5, 'header secondary text'],
  ['amber-300', 'teal-800', 3, 'focus ring and accent on header'],
  ['amber-300', 'teal-950', 3, 'focus ring in footer'],
  ['teal-100', 'teal-950', 4.5, 'footer links'],
  ['gray-950', 'amber-100', 4.5, 'text on mark highlight'],
  ['amber-700', 'white', 3, 'focus ring on surface'],
  ['amber-700', 'gray-50', 3, 'focus ring on page'],
  ['gray-600', 'white', 3, 'form control border'],
  ['red-700', 'white', 4.5, 'error text'],
  ['red-700', 'red-50', 4.5, 'error text on error panel'],
  ['white', 'red-700', 4.5, 'danger button text'],
  ['green-700', 'white', 4.5, 'success text'],
  ['green-700', 'green-50', 4.5, 'success text on success panel'],
  ['amber-800', 'white', 4.5, 'warning text'],
  ['amber-800', 'yellow-100', 4.5, 'warning text on warning panel'],
  ['yellow-500', 'white', 1.9, 'warning strip (paired with an icon and a dark border; decorative)'],
  ['gray-950', 'yellow-500', 4.5, 'icon on warning strip'],
  ['teal-900', 'teal-100', 4.5, 'badge: default / accepted'],
  ['blue-700', 'blue-100', 4.5, 'badge: azure / proposed'],
  ['green-800', 'green-100', 4.5, 'badge: lime / active'],
  ['rose-700', 'rose-100', 4.5, 'badge: magenta'],
  ['orange-700', 'orange-100', 4.5, 'badge: orange'],
  ['purple-700', 'purple-100', 4.5, 'badge: purple / confirmed'],
  ['red-800', 'red-100', 4.5, 'badge: red / declined'],
  ['yellow-800', 'yellow-100', 4.5, 'badge: yellow'],
  ['gray-700', 'gray-100', 4.5, 'badge: cancelled / archived'],
  ['white', 'green-700', 4.5, 'badge: completed'],
];

// ---------------------------------------------------------------------------------------------
// 2. Component tokens

const v = (name) => `var(--sk-${name})`;
const svg = (body, viewBox = '0 0 24 24') =>
  `url("data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns='http://www.w3.org/2000/svg' viewBox='${viewBox}'>${body}</svg>`,
  ).replace(/%20/g, ' ').replace(/%3D/g, '=').replace(/%3A/g, ':').replace(/%2F/g, '/').replace(/%2C/g, ',')}")`;

// Icons drawn for Schakel (simple strokes on a 24-unit grid).
const chevronDown = (c) => svg(`<path d='M5 9l7 7 7-7' fill='none' stroke='${c}' stroke-width='2.5' stroke-linecap='round' stroke-linejoin='round'/>`);
const chevronEnd = (c) => svg(`<path d='M9 5l7 7-7 7' fill='none' stroke='${c}' stroke-width='2.5' stroke-linecap='round' stroke-linejoin='round'/>`);
const calendar = (c) => svg(`<g fill='none' stroke='${c}' stroke-width='2' stroke-linecap='round'><rect x='3' y='5' width='18' height='16' rx='2'/><path d='M3 10h18M8 3v4M16 3v4'/></g>`);
const clock = (c) => svg(`<g fill='none' stroke='${c}' stroke-width='2' stroke-linecap='round'><circle cx='12' cy='12' r='9'/><path d='M12 7v5l3 3'/></g>`);
const cross = (c) => svg(`<path d='M6 6l12 12M18 6L6 18' fill='none' stroke='${c}' stroke-width='2.5' stroke-linecap='round'/>`);

const C = palette;
const INPUTS = ['date-input', 'password-input', 'search-field-input', 'select', 'text-area', 'text-input', 'time-input'];

/** Exact mappings, by token name without the --ams- prefix. */
const exact = {
  // Global
  'body-background-color': v('color-page'),
  'border-width-m': v('border-width-m'),
  'line-height': v('line-height-m'),
  'typography-hyphenate-limit-chars': '10 4 4',
  'typography-italic-font-style': 'italic',
  'query-containers-inline-size-container-name': 'ams-query-container-inline-size',
  // Same values as the ADS CSS itself sets on :root (kept here so every name is defined).
  'safe-area-inset-block-end': 'env(safe-area-inset-bottom, 0px)',
  'safe-area-inset-inline-end': 'env(safe-area-inset-right, 0px)',
  'safe-area-inset-inline-start': 'env(safe-area-inset-left, 0px)',
  'space-xs': v('space-xs'),
  'space-s': v('space-s'),
  'space-m': v('space-m'),
  'space-l': v('space-l'),
  'space-xl': v('space-xl'),
  'space-2xl': v('space-2xl'),
  'aspect-ratio-1-1': '1 / 1',
  'aspect-ratio-16-5': '16 / 5',
  'aspect-ratio-16-9': '16 / 9',
  'aspect-ratio-3-4': '3 / 4',
  'aspect-ratio-4-3': '4 / 3',
  'aspect-ratio-9-16': '9 / 16',
  'column-gap-x-small': v('space-2xs'),
  'column-gap-small': v('space-xs'),
  'column-gap-medium': v('space-m'),
  'column-gap-large': v('space-l'),
  'column-gap-x-large': v('space-xl'),
  'row-gap-x-small': v('space-2xs'),
  'row-gap-small': v('space-xs'),
  'row-gap-medium': v('space-m'),
  'row-gap-large': v('space-l'),
  'row-gap-x-large': v('space-xl'),
  'action-group-gap': v('space-s'),

  // Accordion
  'accordion-button-color': v('color-interactive'),
  'accordion-button-hover-color': v('color-interactive-hover'),
  'accordion-button-gap': v('space-xs'),
  'accordion-button-padding-block': v('space-xs'),
  'accordion-button-padding-inline': '0',
  'accordion-gap': v('space-s'),

  // Alert: white panel, coloured border and a coloured strip with an icon.
  'alert-background-color': v('color-surface'),
  'alert-border-color': v('color-info'),
  'alert-border-radius': v('radius-m'),
  'alert-border-width': v('border-width-m'),
  'alert-content-gap': v('space-xs'),
  'alert-content-padding-block': v('space-s'),
  'alert-content-padding-inline': v('space-m'),
  'alert-severity-indicator-background-color': v('color-info'),
  'alert-severity-indicator-padding-block': v('space-s'),
  'alert-severity-indicator-padding-inline': v('space-xs'),
  'alert-error-border-color': v('color-error'),
  'alert-error-severity-indicator-background-color': v('color-error'),
  'alert-success-border-color': v('color-success'),
  'alert-success-severity-indicator-background-color': v('color-success'),
  'alert-warning-border-color': v('yellow-800'),
  'alert-warning-severity-indicator-background-color': v('color-warning'),

  // Avatar
  'avatar-aspect-ratio': '1 / 1',
  'avatar-background-color': v('teal-700'),
  'avatar-border-color': v('teal-700'),
  'avatar-border-width': v('border-width-m'),
  'avatar-color': v('white'),
  'avatar-font-size': v('font-size-s'),
  'avatar-font-weight': v('font-weight-bold'),
  'avatar-line-height': '2',
  'avatar-padding-block': '0',
  'avatar-padding-inline': v('space-2xs'),
  'avatar-image-object-position': 'center',
  'avatar-azure-background-color': v('blue-700'),
  'avatar-azure-border-color': v('blue-700'),
  'avatar-azure-color': v('white'),
  'avatar-green-background-color': v('green-700'),
  'avatar-green-border-color': v('green-700'),
  'avatar-green-color': v('white'),
  'avatar-lime-background-color': v('green-100'),
  'avatar-lime-border-color': v('green-100'),
  'avatar-lime-color': v('green-800'),
  'avatar-magenta-background-color': v('rose-700'),
  'avatar-magenta-border-color': v('rose-700'),
  'avatar-magenta-color': v('white'),
  'avatar-orange-background-color': v('orange-100'),
  'avatar-orange-border-color': v('orange-100'),
  'avatar-orange-color': v('orange-700'),
  'avatar-yellow-background-color': v('yellow-100'),
  'avatar-yellow-border-color': v('yellow-100'),
  'avatar-yellow-color': v('yellow-800'),

  // Badge: tinted chips with dark text (all ≥ 4.5:1).
  'badge-background-color': v('teal-100'),
  'badge-color': v('teal-900'),
  'badge-font-size': v('font-size-s'),
  'badge-font-weight': v('font-weight-semibold'),
  'badge-gap': v('space-2xs'),
  'badge-line-height': '1.75',
  'badge-padding-inline': v('space-xs'),
  'badge-azure-background-color': v('blue-100'),
  'badge-azure-color': v('blue-700'),
  'badge-lime-background-color': v('green-100'),
  'badge-lime-color': v('green-800'),
  'badge-magenta-background-color': v('rose-100'),
  'badge-magenta-color': v('rose-700'),
  'badge-orange-background-color': v('orange-100'),
  'badge-orange-color': v('orange-700'),
  'badge-purple-background-color': v('purple-100'),
  'badge-purple-color': v('purple-700'),
  'badge-red-background-color': v('red-100'),
  'badge-red-color': v('red-800'),
  'badge-yellow-background-color': v('yellow-100'),
  'badge-yellow-color': v('yellow-800'),

  // Blockquote
  'blockquote-font-size': v('font-size-l'),
  'blockquote-line-height': v('line-height-l'),
  'blockquote-text-wrap': 'pretty',

  // Breadcrumb
  'breadcrumb-font-size': v('font-size-s'),
  'breadcrumb-line-height': v('line-height-s'),
  'breadcrumb-link-color': v('color-interactive'),
  'breadcrumb-link-hover-color': v('color-interactive-hover'),
  'breadcrumb-link-text-decoration-line': 'underline',
  'breadcrumb-separator-background-image': chevronEnd(C['gray-600']),
  'breadcrumb-separator-block-size': '0.75em',
  'breadcrumb-separator-inline-size': '0.75em',
  'breadcrumb-separator-margin-inline': v('space-xs'),

  // Button
  'button-border-radius': v('radius-m'),
  'button-border-width': v('border-width-m'),
  'button-font-weight': v('font-weight-semibold'),
  'button-gap': v('space-xs'),
  'button-line-height': v('line-height-control'),
  'button-padding-block': `calc(${v('control-padding-block')} - ${v('border-width-m')} + ${v('border-width-s')})`,
  'button-padding-inline': v('button-padding-inline'),
  'button-icon-only-padding-block': `calc(${v('control-padding-block')} - ${v('border-width-m')} + ${v('border-width-s')})`,
  'button-icon-only-padding-inline': `calc(${v('control-padding-block')} - ${v('border-width-m')} + ${v('border-width-s')})`,
  'button-primary-background-color': v('color-interactive'),
  'button-primary-border-color': v('color-interactive'),
  'button-primary-color': v('color-on-interactive'),
  'button-primary-disabled-background-color': v('gray-400'),
  'button-primary-disabled-border-color': v('gray-400'),
  'button-primary-hover-background-color': v('color-interactive-hover'),
  'button-primary-hover-border-color': v('color-interactive-hover'),
  'button-secondary-background-color': v('color-surface'),
  'button-secondary-border-color': v('color-interactive'),
  'button-secondary-color': v('color-interactive'),
  'button-secondary-disabled-background-color': v('color-surface'),
  'button-secondary-disabled-border-color': v('gray-300'),
  'button-secondary-disabled-color': v('color-text-disabled'),
  'button-secondary-hover-box-shadow': `inset 0 0 0 ${v('border-width-s')} ${v('color-interactive-hover')}`,
  'button-secondary-hover-color': v('color-interactive-hover'),
  'button-tertiary-background-color': 'transparent',
  'button-tertiary-border-color': 'transparent',
  'button-tertiary-color': v('color-interactive'),
  'button-tertiary-disabled-background-color': 'transparent',
  'button-tertiary-disabled-color': v('color-text-disabled'),
  'button-tertiary-hover-border-color': v('color-interactive-subtle'),
  'button-tertiary-hover-color': v('color-interactive-hover'),

  // Calendar and date picker
  'calendar-day-link-color': v('color-interactive'),
  'calendar-day-link-hover-color': v('color-interactive-hover'),
  'calendar-gap': v('space-xs'),
  'calendar-inline-size': '20rem',
  'date-picker-day-color': v('color-text'),
  'date-picker-day-hover-background-color': v('color-interactive-subtle'),
  'date-picker-day-hover-color': v('color-interactive-hover'),
  'date-picker-day-disabled-text-decoration-line': 'line-through',
  'date-picker-day-selected-background-color': v('color-interactive'),
  'date-picker-day-selected-color': v('color-on-interactive'),
  'date-picker-day-selected-hover-background-color': v('color-interactive-hover'),
  'date-picker-gap': v('space-xs'),
  'date-picker-inline-size': '20rem',

  // Call to action link
  'call-to-action-link-background-color': v('color-interactive'),
  'call-to-action-link-color': v('color-on-interactive'),
  'call-to-action-link-border-radius': v('radius-m'),
  'call-to-action-link-font-size': v('font-size-l'),
  'call-to-action-link-font-weight': v('font-weight-bold'),
  'call-to-action-link-hover-background-color': v('color-interactive-hover'),
  'call-to-action-link-line-height': v('line-height-l'),
  'call-to-action-link-padding-block': v('space-s'),
  'call-to-action-link-padding-inline': v('space-l'),

  // Card
  'card-heading-group-gap': v('space-2xs'),
  'card-heading-group-margin-block-end': v('space-xs'),
  'card-heading-margin-block-end': v('space-xs'),
  'card-horizontal-column-gap': v('space-m'),
  'card-horizontal-grid-template-columns': 'minmax(0, 1fr) minmax(0, 2fr)',
  'card-image-margin-block-end': v('space-s'),
  'card-link-color': v('color-interactive'),
  'card-link-hover-color': v('color-interactive-hover'),
  'card-link-text-decoration-line': 'none',

  // Character count
  'character-count-color': v('color-text-secondary'),
  'character-count-error-color': v('color-error'),
  'character-count-font-size': v('font-size-s'),
  'character-count-line-height': v('line-height-s'),

  // Checkbox (SVG fills and strokes)
  'checkbox-color': v('color-text'),
  'checkbox-hover-color': v('color-text'),
  'checkbox-hover-text-decoration-line': 'none',
  'checkbox-gap': v('space-s'),
  'checkbox-icon-container-block-size': `calc(1em * ${v('line-height-m')})`,
  'checkbox-icon-container-inline-size': '1.5rem',
  'checkbox-checked-indicator-stroke': v('white'),
  'checkbox-indeterminate-indicator-stroke': v('white'),
  'checkbox-hover-indicator-hover-stroke': v('color-interactive'),
  'checkbox-hover-indicator-invalid-hover-stroke': v('color-error-strong'),
  'checkbox-rectangle-fill': v('color-surface'),
  'checkbox-rectangle-stroke': v('color-border-strong'),
  'checkbox-rectangle-hover-stroke': v('color-interactive'),
  'checkbox-rectangle-checked-fill': v('color-interactive'),
  'checkbox-rectangle-checked-hover-fill': v('color-interactive-hover'),
  'checkbox-rectangle-checked-invalid-fill': v('color-error'),
  'checkbox-rectangle-checked-invalid-hover-fill': v('color-error-strong'),
  'checkbox-rectangle-checked-disabled-fill': v('gray-400'),
  'checkbox-rectangle-disabled-fill': v('color-surface-disabled'),
  'checkbox-rectangle-disabled-stroke': v('gray-300'),
  'checkbox-rectangle-indeterminate-fill': v('color-interactive'),
  'checkbox-rectangle-indeterminate-hover-fill': v('color-interactive-hover'),
  'checkbox-rectangle-indeterminate-invalid-fill': v('color-error'),
  'checkbox-rectangle-indeterminate-invalid-hover-fill': v('color-error-strong'),
  'checkbox-rectangle-indeterminate-disabled-fill': v('gray-400'),
  'checkbox-rectangle-invalid-stroke': v('color-error'),
  'checkbox-rectangle-invalid-hover-stroke': v('color-error-strong'),

  // Radio
  'radio-color': v('color-text'),
  'radio-hover-color': v('color-text'),
  'radio-hover-text-decoration-line': 'none',
  'radio-gap': v('space-s'),
  'radio-icon-container-block-size': `calc(1em * ${v('line-height-m')})`,
  'radio-icon-container-inline-size': '1.5rem',
  'radio-circle-fill': v('color-surface'),
  'radio-circle-stroke': v('color-border-strong'),
  'radio-circle-hover-stroke': v('color-interactive'),
  'radio-circle-invalid-stroke': v('color-error'),
  'radio-circle-invalid-hover-stroke': v('color-error-strong'),
  'radio-circle-disabled-fill': v('color-surface-disabled'),
  'radio-circle-disabled-stroke': v('gray-300'),
  'radio-circle-disabled-invalid-stroke': v('gray-300'),
  'radio-circle-disabled-invalid-hover-stroke': v('gray-300'),
  'radio-checked-indicator-fill': v('color-interactive'),
  'radio-checked-indicator-hover-fill': v('color-interactive-hover'),
  'radio-checked-indicator-invalid-fill': v('color-error'),
  'radio-checked-indicator-invalid-hover-fill': v('color-error-strong'),
  'radio-checked-indicator-disabled-fill': v('gray-400'),
  'radio-checked-indicator-disabled-invalid-fill': v('gray-400'),
  'radio-checked-indicator-disabled-invalid-hover-fill': v('gray-400'),
  'radio-hover-indicator-hover-stroke': v('color-interactive'),
  'radio-hover-indicator-invalid-hover-stroke': v('color-error-strong'),

  // Date and time input pickers
  'date-input-calendar-picker-indicator-background-image': calendar(C['gray-700']),
  'date-input-hover-calendar-picker-indicator-background-image': calendar(C['teal-700']),
  'time-input-calendar-picker-indicator-background-image': clock(C['gray-700']),
  'time-input-hover-calendar-picker-indicator-background-image': clock(C['teal-700']),

  // Description list
  'description-list-column-gap': v('space-l'),
  'description-list-vi-medium-column-gap': v('space-l'),
  'description-list-description-margin-block-end': v('space-s'),
  'description-list-description-padding-inline-start': '0',
  'description-list-row-gap': '0',
  'description-list-section-margin-block-end': v('space-m'),
  'description-list-term-font-size': v('font-size-m'),
  'description-list-term-font-weight': v('font-weight-semibold'),
  'description-list-term-line-height': v('line-height-m'),
  'description-list-term-margin-block-end': '0',
  'description-list-term-vi-medium-margin-block-end': v('space-s'),
  'description-list-narrow-grid-template-columns': 'minmax(0, 1fr) minmax(0, 3fr)',
  'description-list-vi-medium-narrow-grid-template-columns': 'minmax(0, 1fr) minmax(0, 3fr)',
  'description-list-medium-grid-template-columns': 'minmax(0, 1fr) minmax(0, 2fr)',
  'description-list-vi-medium-medium-grid-template-columns': 'minmax(0, 1fr) minmax(0, 2fr)',
  'description-list-wide-grid-template-columns': 'minmax(0, 1fr) minmax(0, 1fr)',
  'description-list-vi-medium-wide-grid-template-columns': 'minmax(0, 1fr) minmax(0, 1fr)',

  // Error message
  'error-message-color': v('color-error'),
  'error-message-font-weight': v('font-weight-semibold'),
  'error-message-gap': v('space-xs'),

  // Field and field set
  'field-child-margin-block-end': v('space-xs'),
  'field-child-before-error-message-margin-block-end': v('space-xs'),
  'field-invalid-border-inline-start': `${v('border-width-l')} solid ${v('color-error')}`,
  'field-invalid-padding-inline-start': v('space-m'),
  'field-set-child-margin-block-end': v('space-s'),
  'field-set-child-before-error-message-margin-block-end': v('space-xs'),
  'field-set-child-before-field-or-field-set-margin-block-end': v('space-m'),
  'field-set-child-between-fields-and-field-sets-margin-block-end': v('space-l'),
  'field-set-invalid-border-inline-start': `${v('border-width-l')} solid ${v('color-error')}`,
  'field-set-invalid-padding-inline-start': v('space-m'),
  'field-set-legend-color': v('color-heading'),
  'field-set-legend-font-size': v('font-size-heading-4'),
  'field-set-legend-font-weight': v('font-weight-bold'),
  'field-set-legend-in-fieldset-font-weight': v('font-weight-semibold'),
  'field-set-legend-line-height': v('line-height-heading-4'),

  // Figure
  'figure-caption-color': v('color-text-secondary'),
  'figure-caption-font-size': v('font-size-s'),
  'figure-caption-line-height': v('line-height-s'),
  'figure-caption-text-wrap': 'pretty',
  'figure-gap': v('space-xs'),

  // File input: dashed drop area with a secondary-button-like selector.
  'file-input-background-color': v('color-surface'),
  'file-input-border-color': v('color-border-strong'),
  'file-input-border-radius': v('radius-m'),
  'file-input-border-style': 'dashed',
  'file-input-border-width': v('border-width-s'),
  'file-input-color': v('color-text'),
  'file-input-line-height': v('line-height-control'),
  'file-input-padding-block': v('space-s'),
  'file-input-padding-inline': v('space-s'),
  'file-input-file-selector-button-background-color': v('color-surface'),
  'file-input-file-selector-button-border-color': v('color-interactive'),
  'file-input-file-selector-button-border-width': v('border-width-m'),
  'file-input-file-selector-button-color': v('color-interactive'),
  'file-input-file-selector-button-disabled-background-color': v('color-surface-disabled'),
  'file-input-file-selector-button-disabled-color': v('color-text-disabled'),
  'file-input-file-selector-button-hover-box-shadow': `inset 0 0 0 ${v('border-width-s')} ${v('color-interactive-hover')}`,
  'file-input-file-selector-button-hover-color': v('color-interactive-hover'),
  'file-input-file-selector-button-line-height': v('line-height-control'),
  'file-input-file-selector-button-margin-inline-end': v('space-m'),
  'file-input-file-selector-button-padding-block': `calc(${v('control-padding-block')} - ${v('border-width-s')})`,
  'file-input-file-selector-button-padding-inline': v('button-padding-inline'),
  'file-input-font-weight': v('font-weight-regular'),

  // File list
  'file-list-file-details-color': v('color-text-secondary'),
  'file-list-file-gap': v('space-s'),
  'file-list-file-preview-width': '3rem',
  'file-list-gap': v('space-s'),
  'file-list-padding-block': v('space-s'),

  // Grid: 4 / 8 / 12 columns.
  'grid-cell-background-color': 'transparent',
  'grid-cell-container-name': 'ams-query-container-inline-size',
  'grid-cell-container-type': 'inline-size',
  'grid-cell-padding-block': '0',
  'grid-cell-padding-inline': '0',
  'grid-column-count': '4',
  'grid-medium-column-count': '8',
  'grid-vi-medium-column-count': '8',
  'grid-wide-column-count': '12',
  'grid-vi-wide-column-count': '12',
  'grid-column-gap': v('space-l'),
  'grid-padding-inline': v('space-m'),
  'grid-medium-padding-inline': v('space-l'),
  'grid-vi-medium-padding-inline': v('space-l'),
  'grid-wide-padding-inline': v('space-xl'),
  'grid-vi-wide-padding-inline': v('space-xl'),
  'grid-padding-block-l': v('space-l'),
  'grid-padding-block-xl': v('space-xl'),
  'grid-padding-block-2xl': v('space-2xl'),
  'grid-row-gap-l': v('space-l'),
  'grid-row-gap-xl': v('space-xl'),
  'grid-row-gap-2xl': v('space-2xl'),

  // Heading
  'heading-color': v('color-heading'),
  'heading-font-weight': v('font-weight-bold'),

  // Hint ("(optioneel)" after a label)
  'hint-font-weight': v('font-weight-regular'),
  'hint-in-fieldset-color': v('color-text-secondary'),

  // Icon and icon button
  'icon-inverse-color': v('white'),
  'icon-button-color': v('color-text'),
  'icon-button-hover-color': v('color-interactive-hover'),
  'icon-button-hover-background-color': v('color-interactive-subtle'),
  'icon-button-disabled-color': v('color-text-disabled'),
  'icon-button-contrast-color': v('color-text'),
  'icon-button-contrast-hover-color': v('color-text'),
  'icon-button-contrast-hover-background-color': v('gray-200'),
  'icon-button-contrast-disabled-color': v('color-text-disabled'),
  'icon-button-contrast-disabled-background-color': 'transparent',
  'icon-button-inverse-color': v('white'),
  'icon-button-inverse-background-color': 'transparent',
  'icon-button-inverse-hover-color': v('white'),
  'icon-button-inverse-hover-background-color': 'rgb(255 255 255 / 0.16)',
  'icon-button-inverse-disabled-color': 'rgb(255 255 255 / 0.55)',
  'icon-button-inverse-disabled-background-color': 'transparent',
  'icon-font-size': v('font-size-m'),
  'icon-line-height': v('line-height-m'),

  // Image and image slider
  'image-aspect-ratio': 'auto',
  'image-background-color': v('gray-100'),
  'image-background-image': 'none',
  'image-object-position': 'center',
  'image-slider-figure-margin-block-end': v('space-s'),
  'image-slider-gap': v('space-s'),
  'image-slider-scroller-gap': v('space-xs'),
  'image-slider-thumbnails-gap': v('space-xs'),
  'image-slider-thumbnails-thumbnail-background-color': v('gray-100'),
  'image-slider-thumbnails-thumbnail-background-position': 'center',
  'image-slider-thumbnails-thumbnail-opacity': '0.6',
  'image-slider-thumbnails-thumbnail-hover-opacity': '0.85',
  'image-slider-thumbnails-thumbnail-in-view-opacity': '1',

  // Label
  'label-color': v('color-text'),
  'label-font-weight': v('font-weight-semibold'),
  'label-in-fieldset-font-weight': v('font-weight-regular'),

  // Link (inline, in running text: underlined by the browser default)
  'link-color': v('color-interactive'),
  'link-hover-color': v('color-interactive-hover'),
  'link-contrast-color': v('color-text'),
  'link-contrast-hover-color': v('color-interactive-hover'),
  'link-font-size': '1em',
  'link-line-height': 'inherit',
  'link-font-weight': 'inherit',

  // Link list
  'link-list-gap': v('space-xs'),
  'link-list-link-color': v('color-interactive'),
  'link-list-link-hover-color': v('color-interactive-hover'),
  'link-list-link-gap': v('space-xs'),
  'link-list-link-text-decoration-line': 'underline',
  'link-list-text-wrap': 'pretty',

  // Logo (the City's logo is not used by Schakel; values only keep the component sane)
  'logo-block-size': '2.5rem',
  'logo-min-block-size': '2rem',
  'logo-emblem-color': v('color-interactive'),
  'logo-subsite-color': v('color-text'),
  'logo-title-color': v('color-text'),

  'mark-background-color': v('color-accent-subtle'),

  // Menu (vertical app menu)
  'menu-background-color': v('color-surface'),
  'menu-link-color': v('color-text'),
  'menu-link-hover-color': v('color-interactive-hover'),
  'menu-link-gap': v('space-xs'),
  'menu-link-wide-gap': v('space-2xs'),
  'menu-link-vi-wide-gap': v('space-2xs'),
  'menu-link-padding-block': v('space-xs'),
  'menu-link-padding-inline': v('space-xs'),
  'menu-list-gap': v('space-2xs'),
  'menu-padding-block': v('space-s'),
  'menu-wide-max-inline-size': '7rem',
  'menu-vi-wide-max-inline-size': '7rem',
  'menu-wide-padding-block': v('space-m'),
  'menu-vi-wide-padding-block': v('space-m'),
  'menu-wide-padding-inline': v('space-xs'),
  'menu-vi-wide-padding-inline': v('space-xs'),
  'menu-font-size': v('font-size-s'),
  'menu-line-height': v('line-height-s'),

  // Metadata
  'metadata-color': v('color-text-secondary'),
  'metadata-font-size': v('font-size-m'),
  'metadata-separator-block-size': '0.3em',
  'metadata-separator-inline-size': '0.3em',
  'metadata-separator-margin-inline': v('space-xs'),
  'metadata-separator-vertical-align': 'middle',

  // Ordered and unordered lists
  'ordered-list-gap': v('space-xs'),
  'ordered-list-item-margin-inline-start': '1.5em',
  'ordered-list-item-padding-inline-start': v('space-2xs'),
  'ordered-list-list-style-type': 'decimal',
  'ordered-list-ordered-list-gap': v('space-xs'),
  'ordered-list-ordered-list-item-margin-inline-start': '1.5em',
  'ordered-list-ordered-list-item-padding-inline-start': v('space-2xs'),
  'ordered-list-ordered-list-list-style-type': 'lower-alpha',
  'ordered-list-ordered-list-padding-block-start': v('space-xs'),
  'ordered-list-ordered-list-padding-block-end': '0',
  'unordered-list-gap': v('space-xs'),
  'unordered-list-item-margin-inline-start': '1.25em',
  'unordered-list-item-padding-inline-start': v('space-2xs'),
  'unordered-list-list-style-type': 'disc',
  'unordered-list-unordered-list-gap': v('space-xs'),
  'unordered-list-unordered-list-item-margin-inline-start': '1.25em',
  'unordered-list-unordered-list-item-padding-inline-start': v('space-2xs'),
  'unordered-list-unordered-list-list-style-type': 'circle',
  'unordered-list-unordered-list-padding-block-start': v('space-xs'),
  'unordered-list-unordered-list-padding-block-end': '0',

  // Page
  'page-background-color': v('color-page'),
  'page-container-name': 'ams-query-container-inline-size',
  'page-container-type': 'inline-size',
  'page-max-inline-size': '90rem',
  'page-with-menu-max-inline-size': '100rem',
  'page-with-menu-area-skip-link-margin-inline-end': '0',

  // Page footer
  'page-footer-spotlight-background-color': v('color-surface-brand-strong'),
  'page-footer-menu-background-color': v('teal-950'),
  'page-footer-menu-column-gap': v('space-l'),
  'page-footer-menu-row-gap': v('space-xs'),
  'page-footer-menu-link-color': v('teal-100'),
  'page-footer-menu-link-hover-color': v('white'),
  'page-footer-menu-link-font-size': v('font-size-s'),
  'page-footer-menu-link-line-height': v('line-height-s'),
  'page-footer-menu-link-text-decoration-line': 'underline',
  'page-footer-menu-padding-block': v('space-m'),
  'page-footer-menu-padding-inline': v('space-m'),
  'page-footer-menu-medium-padding-inline': v('space-l'),
  'page-footer-menu-vi-medium-padding-inline': v('space-l'),
  'page-footer-menu-wide-padding-inline': v('space-xl'),
  'page-footer-menu-vi-wide-padding-inline': v('space-xl'),

  // Page header (ADS component; Schakel uses its own sk-header, values keep it coherent)
  'page-header-background-color': v('color-surface'),
  'page-header-brand-name-color': v('color-heading'),
  'page-header-brand-name-font-size': v('font-size-heading-4'),
  'page-header-brand-name-font-weight': v('font-weight-bold'),
  'page-header-brand-name-line-height': v('line-height-heading-4'),
  'page-header-logo-link-column-gap': v('space-s'),
  'page-header-mega-menu-button-background-color': 'transparent',
  'page-header-mega-menu-button-border-radius': v('radius-m'),
  'page-header-mega-menu-button-color': v('color-interactive'),
  'page-header-mega-menu-button-hover-background-color': v('color-interactive-subtle'),
  'page-header-mega-menu-button-hover-color': v('color-interactive-hover'),
  'page-header-mega-menu-button-label-open-font-weight': v('font-weight-bold'),
  'page-header-mega-menu-button-padding-inline': v('space-xs'),
  'page-header-mega-menu-padding-block': v('space-l'),
  'page-header-menu-column-gap': v('space-l'),
  'page-header-menu-row-gap': v('space-xs'),
  'page-header-menu-item-color': v('color-interactive'),
  'page-header-menu-item-hover-color': v('color-interactive-hover'),
  'page-header-menu-item-column-gap': v('space-xs'),
  'page-header-menu-item-padding-block': v('space-xs'),
  'page-header-menu-link-color': v('color-interactive'),
  'page-header-menu-link-gap': v('space-xs'),
  'page-header-navigation-column-gap': v('space-l'),
  'page-header-navigation-row-gap': v('space-xs'),
  'page-header-padding-block': v('space-s'),
  'page-header-padding-inline': v('space-m'),
  'page-header-medium-padding-inline': v('space-l'),
  'page-header-vi-medium-padding-inline': v('space-l'),
  'page-header-wide-padding-inline': v('space-xl'),
  'page-header-vi-wide-padding-inline': v('space-xl'),

  // Pagination: 44 px squares, current page filled.
  'pagination-gap': v('space-xs'),
  'pagination-list-gap': v('space-2xs'),
  'pagination-ellipsis-color': v('color-text-secondary'),
  'pagination-ellipsis-padding-block': v('space-xs'),
  'pagination-ellipsis-padding-inline': v('space-2xs'),
  'pagination-link-background-color': 'transparent',
  'pagination-link-color': v('color-interactive'),
  'pagination-link-hover-background-color': v('color-interactive-subtle'),
  'pagination-link-hover-color': v('color-interactive-hover'),
  'pagination-link-hover-text-decoration-line': 'underline',
  'pagination-link-active-background-color': v('teal-200'),
  'pagination-link-active-color': v('color-interactive-active'),
  'pagination-link-current-background-color': v('color-interactive'),
  'pagination-link-current-color': v('color-on-interactive'),
  'pagination-link-current-hover-background-color': v('color-interactive-hover'),
  'pagination-link-current-hover-color': v('color-on-interactive'),
  'pagination-link-gap': v('space-2xs'),
  'pagination-link-min-block-size': v('target-size'),
  'pagination-link-min-inline-size': v('target-size'),
  'pagination-link-padding-block': v('space-xs'),
  'pagination-link-padding-inline': v('space-xs'),
  'pagination-relative-link-background-color': 'transparent',
  'pagination-relative-link-color': v('color-interactive'),
  'pagination-relative-link-hover-background-color': v('color-interactive-subtle'),
  'pagination-relative-link-hover-color': v('color-interactive-hover'),
  'pagination-relative-link-hover-text-decoration-line': 'underline',
  'pagination-relative-link-active-background-color': v('teal-200'),
  'pagination-relative-link-active-color': v('color-interactive-active'),
  'pagination-relative-link-gap': v('space-2xs'),
  'pagination-relative-link-padding-block': v('space-xs'),
  'pagination-relative-link-padding-inline': v('space-s'),

  // Paragraph
  'paragraph-large-text-wrap': 'pretty',

  // Progress list (placement steps)
  'progress-list-button-color': v('color-interactive'),
  'progress-list-button-hover-color': v('color-interactive-hover'),
  'progress-list-button-gap': v('space-xs'),
  'progress-list-button-padding-block': '0',
  'progress-list-button-padding-inline': '0',
  'progress-list-heading-2-step-marker-block-size': `calc(${v('font-size-heading-2')} * ${v('line-height-heading-2')})`,
  'progress-list-heading-2-step-marker-margin-block-start': `calc(${v('font-size-heading-2')} * ${v('line-height-heading-2')} / 2)`,
  'progress-list-heading-3-step-marker-block-size': `calc(${v('font-size-heading-3')} * ${v('line-height-heading-3')})`,
  'progress-list-heading-3-step-marker-margin-block-start': `calc(${v('font-size-heading-3')} * ${v('line-height-heading-3')} / 2)`,
  'progress-list-heading-4-step-marker-block-size': `calc(${v('font-size-heading-4')} * ${v('line-height-heading-4')})`,
  'progress-list-heading-4-step-marker-margin-block-start': `calc(${v('font-size-heading-4')} * ${v('line-height-heading-4')} / 2)`,
  'progress-list-icon-transition-duration': v('duration'),
  'progress-list-icon-transition-timing-function': v('easing'),
  'progress-list-step-gap': v('space-s'),
  'progress-list-step-medium-gap': v('space-m'),
  'progress-list-step-vi-medium-gap': v('space-m'),
  'progress-list-step-content-margin-block-end': v('space-l'),
  'progress-list-step-heading-margin-block-end': v('space-xs'),
  'progress-list-step-marker-shape-block-size': '1.25rem',
  'progress-list-step-marker-shape-background-color': v('color-surface'),
  'progress-list-step-marker-shape-border-color': v('color-border-strong'),
  'progress-list-step-marker-shape-border-width': v('border-width-m'),
  'progress-list-step-marker-shape-outline-color': v('color-page'),
  'progress-list-step-marker-shape-outline-width': v('border-width-l'),
  'progress-list-step-marker-shape-outline-style': 'solid',
  'progress-list-step-completed-marker-shape-background-color': v('color-interactive'),
  'progress-list-step-completed-marker-shape-border-color': v('color-interactive'),
  'progress-list-step-current-marker-shape-background-color': v('color-accent'),
  'progress-list-step-current-marker-shape-border-color': v('teal-950'),
  'progress-list-step-connector-border-inline-color': v('gray-300'),
  'progress-list-step-connector-border-inline-width': '1px',
  'progress-list-step-completed-connector-border-inline-color': v('color-interactive'),
  'progress-list-step-completed-connector-border-inline-style': 'solid',
  'progress-list-step-current-connector-border-inline-color': v('gray-300'),
  'progress-list-substeps-padding-block-start': v('space-s'),
  'progress-list-substeps-last-child-content-margin-block-end': v('space-l'),
  'progress-list-substeps-step-content-margin-block-end': v('space-s'),
  'progress-list-substeps-step-indicator-margin-inline-end': v('space-s'),
  'progress-list-substeps-step-indicator-medium-margin-inline-end': v('space-m'),
  'progress-list-substeps-step-indicator-vi-medium-margin-inline-end': v('space-m'),
  'progress-list-substeps-step-marker-block-size': `calc(1em * ${v('line-height-m')})`,
  'progress-list-substeps-step-marker-inline-size': '1.25rem',
  'progress-list-substeps-step-marker-shape-block-size': '0.75rem',
  'progress-list-substeps-step-marker-shape-background-color': v('color-surface'),
  'progress-list-substeps-step-marker-shape-border-color': v('color-border-strong'),
  'progress-list-substeps-step-marker-shape-border-width': v('border-width-m'),
  'progress-list-substeps-step-marker-shape-outline-color': v('color-page'),
  'progress-list-substeps-step-marker-shape-outline-width': v('border-width-m'),
  'progress-list-substeps-step-marker-shape-outline-style': 'solid',
  'progress-list-substeps-step-completed-marker-shape-background-color': v('color-interactive'),
  'progress-list-substeps-step-completed-marker-shape-border-color': v('color-interactive'),
  'progress-list-substeps-step-current-marker-shape-background-color': v('color-accent'),
  'progress-list-substeps-step-current-marker-shape-border-color': v('teal-950'),
  'progress-list-substeps-step-connector-background-color': 'transparent',
  'progress-list-substeps-step-connector-border-inline-color': v('gray-300'),
  'progress-list-substeps-step-connector-border-inline-width': '1px',
  'progress-list-substeps-step-connector-margin-block-start': '0',
  'progress-list-substeps-step-connector-last-child-border-inline-color': 'transparent',
  'progress-list-substeps-step-completed-connector-border-inline-color': v('color-interactive'),
  'progress-list-substeps-step-completed-connector-border-inline-style': 'solid',

  // Search field
  'search-field-input-cancel-button-background-image': cross(C['gray-700']),
  'search-field-input-cancel-button-disabled-background-image': cross(C['gray-400']),
  'search-field-input-cancel-button-block-size': '1.25rem',
  'search-field-input-cancel-button-inline-size': '1.25rem',

  // Select
  'select-background-image': chevronDown(C['gray-950']),
  'select-hover-background-image': chevronDown(C['teal-700']),
  'select-disabled-background-image': chevronDown(C['gray-400']),
  'select-background-position': `right ${v('control-padding-inline')} center`,
  'select-rtl-background-position': `left ${v('control-padding-inline')} center`,
  'select-padding-inline': `${v('control-padding-inline')} calc(${v('control-padding-inline')} * 2 + 1em)`,
  'select-option-disabled-color': v('color-text-disabled'),

  // Skeleton
  'skeleton-animation': 'ams-skeleton-heartbeat 2.4s ease-in-out infinite',
  'skeleton-background-color': v('gray-200'),
  'skeleton-gap': v('space-m'),
  'skeleton-heading-font-size': v('font-size-heading-2'),
  'skeleton-heading-line-height': v('line-height-heading-2'),
  'skeleton-heading-odd-inline-size': '70%',
  'skeleton-heading-even-inline-size': '55%',
  'skeleton-heading-last-inline-size': '40%',
  'skeleton-image-aspect-ratio': '16 / 9',
  'skeleton-line-font-size': v('font-size-m'),
  'skeleton-line-line-height': v('line-height-m'),
  'skeleton-list-gap': v('space-xs'),
  'skeleton-list-item-column-gap': v('space-xs'),
  'skeleton-list-item-marker-block-size': '0.5rem',
  'skeleton-list-item-marker-inline-size': '0.5rem',
  'skeleton-list-item-padding-inline-start': v('space-2xs'),
  'skeleton-list-odd-inline-size': '80%',
  'skeleton-list-even-inline-size': '65%',
  'skeleton-list-last-inline-size': '45%',
  'skeleton-paragraph-odd-inline-size': '100%',
  'skeleton-paragraph-even-inline-size': '94%',
  'skeleton-paragraph-last-inline-size': '60%',
  'skeleton-table-cell-padding-block': v('space-s'),
  'skeleton-table-cell-padding-inline': v('space-s'),
  'skeleton-table-odd-inline-size': '80%',
  'skeleton-table-even-inline-size': '60%',
  'skeleton-table-row-border-block-end': `${v('border-width-s')} solid ${v('color-border')}`,

  // Skip link
  'skip-link-background-color': v('color-interactive'),
  'skip-link-color': v('color-on-interactive'),
  'skip-link-hover-background-color': v('color-interactive-hover'),
  'skip-link-font-weight': v('font-weight-semibold'),
  'skip-link-padding-block': v('space-s'),
  'skip-link-padding-inline': v('space-m'),
  'skip-link-outline-offset': `calc(-1 * ${v('focus-width')} - 2px)`,

  // Spotlight (light tints so body text keeps its contrast)
  'spotlight-background-color': v('teal-100'),
  'spotlight-azure-background-color': v('blue-100'),
  'spotlight-green-background-color': v('green-100'),
  'spotlight-lime-background-color': v('green-50'),
  'spotlight-magenta-background-color': v('rose-100'),
  'spotlight-orange-background-color': v('orange-100'),
  'spotlight-yellow-background-color': v('yellow-100'),

  // Standalone link (not in running text: no underline until hover)
  'standalone-link-color': v('color-interactive'),
  'standalone-link-hover-color': v('color-interactive-hover'),
  'standalone-link-contrast-color': v('color-text'),
  'standalone-link-contrast-hover-color': v('color-interactive-hover'),
  'standalone-link-column-gap': v('space-2xs'),
  'standalone-link-font-weight': v('font-weight-semibold'),

  // Switch
  'switch-background-color': v('gray-600'),
  'switch-checked-background-color': v('color-interactive'),
  'switch-disabled-background-color': v('gray-300'),
  'switch-inline-size': '3.25rem',
  'switch-label-border-width': '0.1875rem',
  'switch-thumb-background-color': v('white'),
  'switch-thumb-block-size': '1.375rem',
  'switch-thumb-inline-size': '1.375rem',
  'switch-thumb-hover-box-shadow': `0 0 0 0.1875rem ${v('teal-300')}`,

  // Tab navigation and tabs: underline bar marks the current item.
  'tab-navigation-link-color': v('color-text-secondary'),
  'tab-navigation-link-hover-color': v('color-text'),
  'tab-navigation-link-gap': v('space-xs'),
  'tab-navigation-link-padding-block': v('space-s'),
  'tab-navigation-link-padding-inline': v('space-m'),
  'tab-navigation-link-current-box-shadow': `inset 0 -${v('border-width-l')} 0 0 ${v('color-interactive')}`,
  'tab-navigation-link-hover-box-shadow': `inset 0 -${v('border-width-m')} 0 0 ${v('color-border-strong')}`,
  'tab-navigation-link-vertical-current-box-shadow': `inset ${v('border-width-l')} 0 0 0 ${v('color-interactive')}`,
  'tab-navigation-link-vertical-hover-box-shadow': `inset ${v('border-width-m')} 0 0 0 ${v('color-border-strong')}`,
  'tab-navigation-list-box-shadow': `inset 0 -${v('border-width-s')} 0 0 ${v('color-border')}`,
  'tab-navigation-list-vertical-box-shadow': `inset ${v('border-width-s')} 0 0 0 ${v('color-border')}`,
  'tab-navigation-link-hover-text-decoration-line': 'none',
  'tabs-button-color': v('color-text-secondary'),
  'tabs-button-hover-color': v('color-text'),
  'tabs-button-padding-block': v('space-s'),
  'tabs-button-padding-inline': v('space-m'),
  'tabs-button-selected-box-shadow': `inset 0 -${v('border-width-l')} 0 0 ${v('color-interactive')}`,
  'tabs-button-hover-box-shadow': `inset 0 -${v('border-width-m')} 0 0 ${v('color-border-strong')}`,
  'tabs-list-box-shadow': `inset 0 -${v('border-width-s')} 0 0 ${v('color-border')}`,
  'tabs-gap': v('space-l'),

  // Table
  'table-caption-font-weight': v('font-weight-bold'),
  'table-caption-margin-block-end': v('space-s'),
  'table-cell-border-block-end': `${v('border-width-s')} solid ${v('color-border')}`,
  'table-cell-padding-block': v('space-s'),
  'table-cell-padding-inline': v('space-s'),
  'table-header-cell-font-weight': v('font-weight-semibold'),
  'table-line-height': v('line-height-s'),

  // Table of contents
  'table-of-contents-button-color': v('color-interactive'),
  'table-of-contents-button-hover-color': v('color-interactive-hover'),
  'table-of-contents-button-icon-transition-duration': v('duration'),
  'table-of-contents-button-icon-transition-timing-function': v('easing'),
  'table-of-contents-gap': v('space-s'),
  'table-of-contents-item-gap': v('space-xs'),
  'table-of-contents-link-color': v('color-interactive'),
  'table-of-contents-link-hover-color': v('color-interactive-hover'),
  'table-of-contents-link-current-color': v('color-text'),
  'table-of-contents-list-gap': v('space-xs'),
  'table-of-contents-list-list-padding-block-start': v('space-xs'),
  'table-of-contents-list-list-padding-inline-start': v('space-m'),
  'table-of-contents-text-wrap': 'pretty',

  // Text area
  'text-area-min-block-size': '7.5rem',
};

// Dialog and modal dialog share values.
for (const d of ['dialog', 'modal-dialog']) {
  assignShared(exact, {
    [`${d}-backdrop-background-color`]: v('backdrop'),
    [`${d}-background-color`]: v('color-surface'),
    [`${d}-border-color`]: v('color-border'),
    [`${d}-border-radius`]: v('radius-l'),
    [`${d}-border-width`]: '0',
    [`${d}-box-shadow`]: v('shadow-l'),
    [`${d}-container-name`]: 'ams-query-container-inline-size',
    [`${d}-container-type`]: 'inline-size',
    [`${d}-gap`]: v('space-m'),
    [`${d}-header-gap`]: v('space-s'),
    [`${d}-header-column-gap`]: v('space-s'),
    [`${d}-header-row-gap`]: v('space-xs'),
    [`${d}-inline-size`]: `calc(100% - 2 * ${v('space-m')})`,
    [`${d}-medium-inline-size`]: `calc(100% - 2 * ${v('space-xl')})`,
    [`${d}-vi-medium-inline-size`]: `calc(100% - 2 * ${v('space-xl')})`,
    [`${d}-max-inline-size`]: '44rem',
    [`${d}-max-block-size`]: `calc(100% - 2 * ${v('space-m')})`,
    [`${d}-medium-max-block-size`]: `calc(100% - 2 * ${v('space-xl')})`,
    [`${d}-vi-medium-max-block-size`]: `calc(100% - 2 * ${v('space-xl')})`,
    [`${d}-body-min-block-size`]: '0',
  });
  for (const part of ['header', 'body', 'footer']) {
    assignShared(exact, {
      [`${d}-${part}-padding-block`]: part === 'body' ? '0' : v('space-m'),
      [`${d}-${part}-padding-inline`]: v('space-m'),
      [`${d}-${part}-medium-padding-block`]: part === 'body' ? '0' : v('space-l'),
      [`${d}-${part}-vi-medium-padding-block`]: part === 'body' ? '0' : v('space-l'),
      [`${d}-${part}-medium-padding-inline`]: v('space-l'),
      [`${d}-${part}-vi-medium-padding-inline`]: v('space-l'),
    });
  }
}

// Form inputs share one look: white field, 1 px strong border, 2 px look on hover.
for (const i of INPUTS) {
  assignShared(exact, {
    [`${i}-background-color`]: v('color-surface'),
    [`${i}-border-color`]: v('color-border-strong'),
    [`${i}-border-radius`]: v('radius-m'),
    [`${i}-border-width`]: v('border-width-s'),
    [`${i}-color`]: v('color-text'),
    [`${i}-line-height`]: v('line-height-control'),
    [`${i}-hover-box-shadow`]: `inset 0 0 0 ${v('border-width-s')} ${v('color-border-hover')}`,
    [`${i}-invalid-border-color`]: v('color-error'),
    [`${i}-invalid-hover-border-color`]: v('color-error-strong'),
    [`${i}-invalid-hover-box-shadow`]: `inset 0 0 0 ${v('border-width-s')} ${v('color-error-strong')}`,
    [`${i}-placeholder-color`]: v('color-text-secondary'),
    [`${i}-padding-block`]: v('control-padding-block'),
    [`${i}-padding-inline`]: v('control-padding-inline'),
    [`${i}-disabled-background-color`]: v('color-surface-disabled'),
    [`${i}-disabled-color`]: v('color-text-disabled'),
  });
}

/** Pattern rules, tried in order when no exact mapping exists. */
const rules = [
  [/-font-family$/, v('font-family')],
  [/(^|-)heading-(\d)-font-size$/, (m) => v(`font-size-heading-${m[2]}`)],
  [/(^|-)heading-(\d)-line-height$/, (m) => v(`line-height-heading-${m[2]}`)],
  [/-small-font-size$/, v('font-size-s')],
  [/-small-line-height$/, v('line-height-s')],
  [/-large-font-size$/, v('font-size-l')],
  [/-large-line-height$/, v('line-height-l')],
  [/-font-size$/, v('font-size-m')],
  [/-line-height$/, v('line-height-m')],
  [/-(current|selected)-font-weight$/, v('font-weight-bold')],
  [/-font-weight$/, v('font-weight-regular')],
  [/-text-wrap$/, 'balance'],
  [/-hover-text-decoration-thickness$/, v('underline-thickness-hover')],
  [/-text-decoration-thickness$/, v('underline-thickness')],
  [/-hover-text-underline-offset$/, v('underline-offset')],
  [/-text-underline-offset$/, v('underline-offset')],
  [/-hover-text-decoration-line$/, 'underline'],
  [/-text-decoration-line$/, 'none'],
  [/-outline-offset$/, v('focus-offset')],
  [/-disabled-cursor$/, 'not-allowed'],
  [/-cursor$/, 'pointer'],
  [/-border-style$/, 'solid'],
  [/-border-inline-style$/, 'solid'],
  [/-(inverse|inverse-hover)-color$/, v('color-text-inverse')],
  [/-contrast-hover-color$/, v('color-interactive-hover')],
  [/-contrast-color$/, v('color-text')],
  [/-disabled-color$/, v('color-text-disabled')],
  [/-color$/, v('color-text')],
];

// ---------------------------------------------------------------------------------------------
// Build


const resolved = new Map();
const viaRule = [];
const missing = [];
for (const full of referenced) {
  const name = full.slice('--ams-'.length);
  if (name in exact) { resolved.set(full, exact[name]); continue; }
  let hit;
  for (const [re, val] of rules) {
    const m = name.match(re);
    if (m) { hit = typeof val === 'function' ? val(m) : val; break; }
  }
  if (hit === undefined) { missing.push(full); continue; }
  resolved.set(full, hit);
  viaRule.push(full);
}
if (missing.length) throw new Error(`No mapping for:\n  ${missing.join('\n  ')}\nAdd them to web/theme/gen-tokens.mjs.`);
const unused = Object.keys(exact).filter((n) => !referenced.includes(`--ams-${n}`));
if (unused.length) console.warn(`warning: ${unused.length} mappings are not referenced by the ADS CSS:\n  ${unused.join('\n  ')}`);

const failures = contrastPairs.filter(([f, b, min]) => contrast(C[f], C[b]) < min);
if (failures.length) {
  throw new Error(`Contrast below minimum:\n${failures.map(([f, b, min, w]) => `  ${f} on ${b}: ${contrast(C[f], C[b]).toFixed(2)} < ${min} (${w})`).join('\n')}`);
}

// Group component tokens under the component that owns them, for readability.
const components = [...new Set([...adsCss.matchAll(/\.ams-([a-z0-9]+(?:-[a-z0-9]+)*)[\s{.:,[>+~)]/g)].map((m) => m[1].split('__')[0]))]
  .sort((a, b) => b.length - a.length);
const groupOf = (full) => {
  const name = full.slice('--ams-'.length);
  return components.find((c) => name === c || name.startsWith(`${c}-`)) ?? 'global';
};

const lines = [];
const out = (s = '') => lines.push(s);
out('/*');
out(' * Schakel theme tokens. GENERATED by web/theme/gen-tokens.mjs: edit that file, then run');
out(' *   node web/theme/gen-tokens.mjs');
out(' *');
out(' * Defines Schakel\'s base tokens (--sk-*) and every --ams-* custom property referenced by');
out(' * @amsterdam/design-system-css (EUPL-1.2), mapped onto the base tokens. The values are');
out(' * Schakel\'s own branding; the City of Amsterdam\'s token package is not used.');
out(` * ${referenced.length} --ams-* tokens.`);
out(' */');
out(':root {');
out('  /* Palette (contrast figures: see web/theme/README.md) */');
for (const [k, val] of Object.entries(palette)) out(`  --sk-${k}: ${val};`);
out();
out('  /* Semantic colours */');
for (const [k, val, c] of semantic) out(`  --sk-${k}: ${val};${c ? ` /* ${c} */` : ''}`);
out();
out('  /* Typography */');
for (const [k, val, c] of typography) out(`  --sk-${k}: ${val};${c ? ` /* ${c} */` : ''}`);
out();
out('  /* Space */');
for (const [k, val, c] of space) out(`  --sk-${k}: ${val};${c ? ` /* ${c} */` : ''}`);
out();
out('  /* Borders, radii, focus, elevation, motion, layout */');
for (const [k, val, c] of shape) out(`  --sk-${k}: ${val};${c ? ` /* ${c} */` : ''}`);

const byGroup = new Map();
for (const full of referenced) {
  const g = groupOf(full);
  if (!byGroup.has(g)) byGroup.set(g, []);
  byGroup.get(g).push(full);
}
for (const g of [...byGroup.keys()].sort((a, b) => (a === 'global' ? -1 : b === 'global' ? 1 : a.localeCompare(b)))) {
  out();
  out(`  /* ${g} */`);
  for (const full of byGroup.get(g)) out(`  ${full}: ${resolved.get(full)};`);
}
out('}');
out();
const text = lines.join('\n');

if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8');
  if (current !== text) { console.error('tokens.css is out of date: run node web/theme/gen-tokens.mjs'); process.exit(1); }
  console.log('tokens.css is up to date');
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${referenced.length} --ams-* tokens (${referenced.length - viaRule.length} exact, ${viaRule.length} by rule)`);
  if (process.argv.includes('--verbose')) for (const f of viaRule) console.log(`  rule: ${f}: ${resolved.get(f)}`);
}

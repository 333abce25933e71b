/**
 * The accessibility suite: axe-core in real headless Chromium on every page, signed out and
 * signed in, in every language, plus keyboard-only journeys (WCAG 2.2 AA).
 */
package org.citiverse.accessibility;

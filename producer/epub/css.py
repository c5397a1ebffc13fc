"""The stylesheet: relative units only, no fonts or colours forced, so reading-system settings win."""

from __future__ import annotations

# No font-family, font-size in absolute units, text colour or background: the reader's own
# font, size and night/sepia themes apply. Borders use currentColor so they follow themes too.
STYLESHEET = """\
@charset "utf-8";

body { margin: 0 auto; padding: 0 0.75em; max-width: 38em; line-height: 1.5; hyphens: auto; -webkit-hyphens: auto; }
h1, h2 { line-height: 1.25; font-weight: bold; hyphens: manual; -webkit-hyphens: manual; }
h1 { font-size: 1.5em; margin: 2em 0 1.5em; text-align: center; }
h1 .chapter-number { display: block; font-size: 0.7em; font-weight: normal; letter-spacing: 0.08em;
  text-transform: uppercase; margin-bottom: 0.4em; }
h1 .chapter-title { display: block; }
h2 { font-size: 1.2em; margin: 2em 0 1em; }
p.part-title { text-indent: 0; text-align: center; margin: 2em 0 0; font-variant: small-caps; letter-spacing: 0.05em; }

p { margin: 0; text-indent: 1.5em; orphans: 2; widows: 2; }
h1 + p, .document + p, .continuation, blockquote > p:first-child { text-indent: 0; }
p.continuation { margin-top: 0.5em; }
hr.scene-break { width: 25%; margin: 1.5em auto; border: 0; border-top: 1px solid currentColor; }
hr.scene-break + p { text-indent: 0; }

/* Quoted documents: set off with a rule, their generated header line in small capitals. */
.document { margin: 1.25em 0 1.25em 0.5em; padding-left: 1em; border-left: 0.2em solid currentColor; }
.document blockquote { margin: 0; }
.document blockquote p { text-indent: 0; margin-bottom: 0.6em; }
.document-header { text-indent: 0; margin: 0 0 0.5em; font-size: 0.85em; font-variant: small-caps;
  letter-spacing: 0.03em; }
.heading { font-weight: bold; }
.dateline, .address { font-style: italic; }
p.signature, p.closing, blockquote span.signature { display: block; text-align: right; margin-right: 1em; }
.signature { font-variant: small-caps; }

/* A document quoted inside a paragraph: a faint tint, half-transparent grey so it works on
   light and dark themes alike without lowering text contrast noticeably. */
.document-inline { background-color: rgba(128, 128, 128, 0.12); border-radius: 0.2em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone; }
/* Its kind, small and raised before it, for the eye only (screen readers skip it: the sentence says it). */
.document-cue { font-size: 0.7em; font-variant: small-caps; letter-spacing: 0.04em; vertical-align: super;
  line-height: 0; margin-right: 0.25em; }
.document blockquote header, .document blockquote footer { margin: 0; }

/* Note references: raised, but without <sup> so line spacing stays even; padded to a target of
   at least 24 CSS px each way (WCAG 2.5.8), the padding taken back by margins so the text does not move. */
a.noteref { vertical-align: super; font-size: 0.75em; line-height: 0;
  padding: 0.55em 0.75em; margin: -0.55em -0.6em; }

section.endnotes { margin-top: 3em; padding-top: 0.5em; border-top: 1px solid currentColor; font-size: 0.9em; }
section.endnotes ol { list-style: none; margin: 0; padding: 0; }
section.endnotes li { margin: 0 0 0.8em; }
section.endnotes li p { text-indent: 0; margin-bottom: 0.3em; }
.note-label { font-weight: bold; }
.note-author { font-style: italic; white-space: nowrap; }
a.backlink { padding: 0 0.2em; }

/* Read-aloud (Media Overlays): the sentence being spoken. A light yellow with black text, or a dark
   amber with white text on a dark theme, both well above 4.5:1. */
.mo-active { background-color: #fff3a0; color: #000; border-radius: 0.15em; }
@media (prefers-color-scheme: dark) { .mo-active { background-color: #5c4600; color: #fff; } }

/* Front matter. */
.titlepage { text-align: center; margin-top: 20%; }
.titlepage p { text-indent: 0; margin: 0.5em 0; }
.titlepage .subtitle { font-size: 1.2em; font-style: italic; }
.titlepage .author { font-size: 1.2em; margin-top: 2em; }
.titlepage .chapter-name.first { margin-top: 3em; }
.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%; max-height: 95vh; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.5em; }
nav li { margin: 0.4em 0; }
"""

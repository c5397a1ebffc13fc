"""The speech script: the utterances a build speaks, as data, produced without any engine.

Narration is split into sentences; quoted documents (inline or block) are spoken in the
document voice, block documents with a spoken header (unless the narration has just said
it) and an "End of ..." after them; notes are read where the notes mode puts them, each
introduced with the words it belongs to; markers are never spoken. Where a quotation
starts or ends mid-sentence, the part before it ends on a comma with no pause of its own,
so the sentence is heard as one. Joining the `text` of every utterance gives back the
source text, so nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from producer.describe import kind_label
from producer.errors import UsageError
from producer.model import DOCUMENT_LINE_KINDS, Block, Chapter, DocEnd, DocStart, Document, NoteRef, Signature, Text
from producer.speech import NOTES_MODES
from producer.speech.announce import already_said, document_header, note_author, note_introduction
from producer.speech.lexicon import Lexicon, lexicon_for
from producer.speech.normalize import cardinal, normalize, roman_value, title_case_caps
from producer.speech.prosody import continuing, for_the_ear
from producer.speech.sentences import split_sentences
from producer.speech.voices import VoiceProfile

# Engines that accept eSpeak NG phoneme input ([[...]]), so the lexicon's phonemes can be used.
PHONEME_ENGINES = frozenset({"pyttsx3", "espeak"})
PRODUCTION_NOTE = (
    "This recording was made from the plain text by producer, with a separate voice for quoted documents "
    "and for notes, so that you can hear where each one begins and ends."
)


@dataclass(frozen=True, slots=True)
class Utterance:
    """One stretch of speech in one voice.

    `section` is "opening" (credits), a chapter id, or "closing" (credits). `text` is the
    source text covered (empty for announcements), `spoken` what the engine is given,
    `pause_ms` the silence after it. `cue` names an announcement that speaks words printed on the
    page ("heading": the chapter's heading, "document": a block document's header line, "note": a
    note's label, "noteref <note id>": a note's marker), so read-aloud formats can highlight them; other
    announcements have none. `words`
    is an announcement as written, before it was made speakable, for captions.
    """

    id: str
    section: str
    chapter: str | None
    block: str | None
    document: str | None
    note: str | None
    role: str
    text: str
    spoken: str
    pause_ms: int
    cue: str = ""
    words: str = ""


def speakable(text: str, lexicon: Lexicon, phonemes: bool) -> str:
    """What the engine is given for `text`: normalized, the lexicon applied, punctuation made for the ear."""
    return for_the_ear(lexicon.apply(normalize(text), phonemes=phonemes))


def _joined(before: str, after: str) -> str:
    """Two stretches of source text as printed: an opening mark before its words ('“decide'), a closing mark
    after them ('peasant.”'), anything else with a space."""
    glued = before.endswith(tuple("“‘\"'([")) or after.startswith(tuple("”’\"'),;:.!?]"))
    return f"{before}{after}" if glued else f"{before} {after}"


def _ends_sentence(text: str) -> bool:
    """Whether source text ends a sentence (or a clause that introduces a quotation: 'I telegraphed Lenin:')."""
    return bool(re.search(r"[.!?…:;]\W*$", text.strip())) or not text.strip()


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def chapter_announcement(chapter: Chapter) -> str:
    """'Chapter thirty-six. The Military Opposition.', 'Letter one.' (number in words, title as a sentence)."""
    number = None
    if chapter.ordinal is not None:
        number = cardinal(chapter.ordinal)
    elif chapter.number:
        value = roman_value(chapter.number) or (int(chapter.number) if chapter.number.isdigit() else None)
        number = cardinal(value) if value else chapter.number
    parts = [f"{chapter.label} {number}" if number else None, chapter.title]
    return " ".join(_sentence(p) for p in parts if p) or f"{chapter.label}."


def _sentence(text: str) -> str:
    """`text` ending in a full stop (unless it already ends a sentence)."""
    text = text.strip()
    return text if re.search(r"[.!?]$", text) else text + "."


class _ScriptBuilder:
    """Accumulates utterances with the state a walk through the document needs."""

    def __init__(self, doc: Document, profile: VoiceProfile, notes: str) -> None:
        self.doc, self.profile, self.notes_mode = doc, profile, notes
        self.lexicons: dict[str, Lexicon] = {role: lexicon_for(profile.lexicons, v.voice) for role, v in profile.roles.items()}
        self.out: list[Utterance] = []
        self.section: str = "opening"
        self.chapter: str | None = None
        self.pending_notes: list[str] = []  # note ids referred to, not yet read
        self.anchors: dict[str, str] = {}  # note id -> the source text before its first marker
        self.recent: list[str] = []  # the last narration sentences heard in this chapter (source text)
        self.read_notes: set[str] = set()
        self.open_doc: str | None = None  # a document whose DocEnd has not been seen
        self.pending_end: str | None = None  # a block document whose "End of ..." is still due
        self.last_doc: str | None = None
        self.kinds = {b.id: b.kind for ch in doc.chapters for b in ch.blocks}
        self.prefix: dict[str | None, str] = {}  # source text with no words, waiting for the next utterance

    # -- emitting -------------------------------------------------------------------------
    def spoken(self, text: str, role: str) -> str:
        """What the engine of `role` is given for `text`."""
        return speakable(text, self.lexicons[role], self.profile.roles[role].engine in PHONEME_ENGINES)

    def emit(self, role: str, text: str, spoken: str, *, block: str | None = None, document: str | None = None,
             note: str | None = None, cue: str = "", words: str = "") -> None:
        """Add one utterance; a stretch with nothing to say is folded into the previous text."""
        pause = self.profile.pauses.announcement if role == "announcement" else self.profile.pauses.sentence
        if not _has_words(spoken):
            if text:
                self.fold(text, note)
            return
        if text and self.prefix.get(note):
            text = _joined(self.prefix.pop(note), text)
        uid = f"u{len(self.out) + 1:05d}"
        self.out.append(Utterance(uid, self.section, self.chapter, block, document, note, role, text, spoken, pause, cue, words))

    def fold(self, text: str, note: str | None) -> None:
        """Keep source text with nothing to say (a lone quotation mark) with the text it belongs to.

        It joins the last utterance of the same stream (the narration, or the same note) in this
        chapter, so the notes read in between do not take it; with none, it leads the next one. Text already waiting
        to lead the next utterance ('“') keeps it company, so the order of the page is kept ('“…').
        """
        if self.prefix.get(note):
            self.prefix[note] = _joined(self.prefix[note], text)
            return
        for i in range(len(self.out) - 1, -1, -1):
            u = self.out[i]
            if u.chapter != self.chapter:
                break
            if u.text and u.note == note:
                self.out[i] = replace(u, text=_joined(u.text, text))
                return
        self.prefix[note] = _joined(self.prefix.get(note, ""), text).strip()

    def settle_prefixes(self) -> None:
        """At a chapter's end, give text still waiting for an utterance to the last one that has text."""
        for note, text in list(self.prefix.items()):
            del self.prefix[note]
            here = [i for i, u in enumerate(self.out) if u.chapter == self.chapter]
            owners = [i for i in here if self.out[i].note == note and self.out[i].text]
            owners = owners or [i for i in here if self.out[i].note == note] or here
            if owners:  # with none (a chapter of punctuation only) even the title announcement carries it
                u = self.out[owners[-1]]
                self.out[owners[-1]] = replace(u, text=_joined(u.text, text).strip())

    def announce(self, words: str, *, document: str | None = None, note: str | None = None, role: str = "announcement",
                 cue: str = "") -> None:
        """An announcement: nothing of the source text, only what the listener needs to hear."""
        self.emit(role, "", self.spoken(words, role), document=document, note=note, cue=cue, words=words)

    def run_on(self) -> None:
        """The last utterance's sentence goes on in the next one: a comma, and no pause but eSpeak NG's own."""
        if self.out:
            last = self.out[-1]
            self.out[-1] = replace(last, spoken=continuing(last.spoken), pause_ms=0)

    def pause_after(self, ms: int) -> None:
        """Make the silence after the last utterance at least `ms`."""
        if self.out and self.out[-1].pause_ms < ms:
            self.out[-1] = replace(self.out[-1], pause_ms=ms)

    def speak(self, text: str, role: str, block: Block, document: str | None = None, note: str | None = None,
              signature: bool = False) -> None:
        """Source text, sentence by sentence, in `role`'s voice."""
        # All-capital signatures ("A. B. SMITH") are names to say, not letters to spell.
        text_for_ear: Callable[[str], str] = title_case_caps if signature or block.kind == "signature" else str
        for span in split_sentences(text):
            self.emit(role, span, self.spoken(text_for_ear(span), role), block=block.id, document=document, note=note)
            if role == "narration":
                self.recent = [*self.recent[-3:], span]

    # -- credits --------------------------------------------------------------------------
    def opening(self) -> None:
        meta = self.doc.meta
        self.section, self.chapter = "opening", None
        self.announce(_sentence(meta.title))
        if meta.subtitle:
            self.announce(_sentence(meta.subtitle))
        if meta.author:
            self.announce(_sentence(f"By {meta.author}"))
        self.announce("Read by the eSpeak NG synthetic voice.")
        self.announce(PRODUCTION_NOTE)
        self.pause_after(self.profile.pauses.chapter)

    def closing(self) -> None:
        meta = self.doc.meta
        self.section, self.chapter = "closing", None
        if meta.complete or not self.doc.chapters:
            # "The End." alone is too short a file to reach the audiobook level bar, and a listener likes to hear what ended
            by = f", by {meta.author}" if meta.author else ""
            self.announce(f"The End. This was {_sentence(meta.title + by)} Read by the eSpeak NG synthetic voice.")
        elif len(self.doc.chapters) == 1 and (self.doc.chapters[0].ordinal or self.doc.chapters[0].number):
            words = chapter_announcement(self.doc.chapters[0]).split(".")[0].lower()
            self.announce(f"End of {words} of {meta.title}.")
        else:
            self.announce(f"End of this excerpt of {meta.title}.")
        self.pause_after(self.profile.pauses.chapter)

    # -- documents and notes --------------------------------------------------------------
    def document_header(self, doc_id: str) -> None:
        """Announce a block document by kind, parties, place and date, unless the narration just said them."""
        qd = self.doc.document(doc_id)
        self.pause_after(self.profile.pauses.document)
        if already_said(qd, self.recent, self.doc.meta.author):
            return  # the pause and the change of voice are its start cue
        has_dateline = any(self.kinds.get(b) == "dateline" for b in qd.blocks)
        self.announce(document_header(qd, has_dateline), document=doc_id, cue="document")

    def document_end(self) -> None:
        """'End of direct wire.' after a block document (and its signature lines), then its notes."""
        if self.pending_end is None:
            return
        qd = self.doc.document(self.pending_end)
        self.pause_after(self.profile.pauses.document)
        self.announce(f"End of {kind_label(qd.kind).lower()}.", document=qd.id)
        self.pause_after(self.profile.pauses.document)
        self.pending_end = None

    def read_note(self, note_id: str) -> None:
        """'Note 1.' the note's text, its author, 'End of note.', all in the note voice."""
        if note_id in self.read_notes:
            return
        self.read_notes.add(note_id)
        note = self.doc.note(note_id)
        self.pause_after(self.profile.pauses.note)
        self.announce(note_introduction(note.label, self.anchors.get(note.id, "")), note=note.id, role="note", cue="note")
        pseudo = Block(f"{note.id}", "paragraph", note.text, ())
        for paragraph in note.text.split("\n\n"):
            self.speak(paragraph, "note", pseudo, note=note.id)
            self.pause_after(self.profile.pauses.paragraph)
        if note.author:
            self.emit("note", note.author, self.spoken(_sentence(note_author(note.author, self.doc.meta)), "note"), block=note.id, note=note.id)
        self.announce("End of note.", note=note.id, role="note")
        self.pause_after(self.profile.pauses.note)

    def flush_notes(self) -> None:
        """Read the notes referred to so far (after-paragraph mode)."""
        if self.notes_mode == "after-paragraph":
            for note_id in self.pending_notes:
                self.read_note(note_id)
        self.pending_notes.clear()

    # -- the text -------------------------------------------------------------------------
    def block(self, block: Block) -> None:
        """One block: its runs, split at document starts and ends, in the right voices."""
        if self.pending_end and block.kind not in DOCUMENT_LINE_KINDS:
            self.document_end()
            self.flush_notes()
        if block.kind == "break":  # a scene break: a long pause, nothing said
            self.fold(block.text, None)
            self.pause_after(self.profile.pauses.chapter)
            return
        run: list[str] = []
        seen: list[str] = []  # the block's text so far, for the words a note belongs to
        continues = False  # the last utterance's sentence goes on in the next run
        signing = False  # the run is an inline document's signature

        def flush_run() -> bool:
            """Speak the run; True when it ended mid-sentence, so that what comes next continues it."""
            nonlocal continues
            text = "".join(run).strip()
            run.clear()
            if not _has_words(text):
                if text:
                    self.fold(text, None)
                return False
            doc_id = self.open_doc
            if doc_id is None and block.kind in DOCUMENT_LINE_KINDS and self.last_doc and self.pending_end:
                doc_id = self.last_doc  # a signature or closing line after the quoted text
            if continues:
                self.run_on()
            continues = False
            self.speak(text, "document" if doc_id else "narration", block, document=doc_id, signature=signing)
            return not _ends_sentence(text)

        for inline in block.inlines:
            if isinstance(inline, Text):
                run.append(inline.text)
                seen.append(inline.text)
            elif isinstance(inline, NoteRef):
                self.anchors.setdefault(inline.note, "".join(seen))
                if inline.note not in self.pending_notes:
                    self.pending_notes.append(inline.note)
                if self.profile.note_cue and self.notes_mode == "after-paragraph":
                    self.note_cue(inline.note, mid=flush_run())
            elif isinstance(inline, Signature):
                continues = flush_run()
                signing = True
            elif isinstance(inline, DocStart):
                mid = flush_run()
                if inline.mark:  # the opening quotation mark goes with the document's first words
                    self.prefix[None] = f"{self.prefix.get(None, '')}{inline.mark}"
                self.document_end()
                if self._shape(inline.document) == "block":
                    self.document_header(inline.document)
                elif mid:
                    continues = True  # "...that the Central Committee “decide the question..."
                else:
                    self.pause_after(self.profile.pauses.sentence)
                self.open_doc = self.last_doc = inline.document
            elif isinstance(inline, DocEnd):
                continues = flush_run()
                signing = False
                if inline.mark:
                    self.fold(inline.mark, None)
                if self._shape(inline.document) == "block":
                    self.pending_end = inline.document
                self.open_doc = None
        flush_run()
        self.pause_after(self.profile.pauses.paragraph)
        if self.open_doc is None and self.pending_end is None:
            self.flush_notes()

    def note_cue(self, note_id: str, mid: bool) -> None:
        """A soft 'note 1' in the note voice where the marker stands; the sentence goes on after it."""
        label = self.doc.note(note_id).label
        if mid:
            self.run_on()
        self.announce(f"note {label}", role="note", cue=f"noteref {note_id}")
        if mid:
            self.run_on()

    def _shape(self, doc_id: str) -> str:
        return self.doc.document(doc_id).shape

    def chapter_body(self, chapter: Chapter) -> None:
        self.section, self.chapter = chapter.id, chapter.id
        self.recent = []
        if chapter.part:
            self.announce(_sentence(chapter.part))
        self.announce(chapter_announcement(chapter), cue="heading")
        for block in chapter.blocks:
            self.block(block)
        self.document_end()
        self.open_doc = None
        self.flush_notes()
        rest = [n.id for n in self.doc.notes if n.chapter == chapter.id and n.id not in self.read_notes]
        if rest and self.notes_mode != "skip":
            self.pause_after(self.profile.pauses.note)
            self.announce(f"Notes to chapter {cardinal(chapter.ordinal)}." if chapter.ordinal else "Notes.")
            for note_id in rest:
                self.read_note(note_id)
        self.settle_prefixes()
        self.pause_after(self.profile.pauses.chapter)


def build_script(doc: Document, profile: VoiceProfile, notes: str | None = None) -> tuple[Utterance, ...]:
    """Every utterance of the book in order; `notes` (None: the profile's) is after-paragraph|end-of-chapter|skip.

    Raises UsageError for an unknown notes mode, ContentError for a bad lexicon.
    """
    mode = notes or profile.notes
    if mode not in NOTES_MODES:
        raise UsageError(f"--notes {mode}: choose one of {', '.join(NOTES_MODES)}")
    builder = _ScriptBuilder(doc, profile, mode)
    builder.opening()
    for chapter in doc.chapters:
        builder.chapter_body(chapter)
    builder.closing()
    return tuple(builder.out)

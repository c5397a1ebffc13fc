"""Speech engines, used only inside synthesis worker processes (never initialized in the parent).

"pyttsx3" (the default, portable) drives eSpeak NG through pyttsx3's espeak driver;
"espeak" calls libespeak-ng directly through ctypes, without pyttsx3's 10 ms polling
loop. Both write 22,050 Hz mono 16-bit WAV and accept eSpeak phoneme input ([[...]]).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import importlib
import time
import wave
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

from producer.speech.voices import Voice

SAMPLE_RATE = 22_050
FINISH_WAIT_S = 30.0
_LIBRARY_NAMES = ("libespeak-ng.so.1", "libespeak-ng.1.dylib", "libespeak-ng.dll", "libespeak-ng.so")

# speak_lib.h constants
_AUDIO_OUTPUT_SYNCHRONOUS = 2
_POS_CHARACTER = 1
_CHARS_UTF8 = 1
_PHONEMES = 0x100
_ENDPAUSE = 0x1000
_RATE, _VOLUME, _PITCH = 1, 2, 3


class Engine(Protocol):
    """Something that turns text into a WAV file with a voice's settings."""

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        """Write `text` spoken by `voice` to `path` as 22,050 Hz mono 16-bit WAV."""


def load_espeak_library() -> ctypes.CDLL:
    """libespeak-ng, the same library pyttsx3 loads; raises OSError when it is not installed."""
    names = list(_LIBRARY_NAMES)
    found = ctypes.util.find_library("espeak-ng")
    if found:
        names.append(found)
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    raise OSError("libespeak-ng not found")


@functools.lru_cache(maxsize=1)
def espeak_version() -> str:
    """eSpeak NG's library version ('1.51'), read without initializing it; 'unknown' when absent."""
    try:
        lib = load_espeak_library()
    except OSError:
        return "unknown"
    lib.espeak_Info.restype = ctypes.c_char_p
    lib.espeak_Info.argtypes = (ctypes.c_void_p,)
    raw = lib.espeak_Info(None)
    return raw.decode("utf-8", "replace").split()[0] if raw else "unknown"


@functools.lru_cache(maxsize=8)
def engine_identity(engine: str) -> str:
    """Engine name with the versions that change its sound, for the cache key."""
    if engine == "pyttsx3":
        try:
            pyttsx3_version = metadata.version("pyttsx3")
        except metadata.PackageNotFoundError:
            pyttsx3_version = "unknown"
        return f"pyttsx3 {pyttsx3_version} espeak-ng {espeak_version()}"
    return f"{engine} espeak-ng {espeak_version()}"


def write_wav(path: Path, frames: bytes) -> None:
    """Write 16-bit mono PCM at 22,050 Hz."""
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(SAMPLE_RATE)
        f.writeframes(frames)


class DirectEspeak:
    """libespeak-ng through ctypes, synchronous, one instance per process."""

    _CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)

    def __init__(self) -> None:
        self.lib = load_espeak_library()
        if self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0) == -1:
            raise RuntimeError("could not initialize eSpeak NG")
        self.chunks: list[bytes] = []
        self.callback = self._CALLBACK(self._on_audio)  # kept referenced: ctypes would free it
        self.lib.espeak_SetSynthCallback(self.callback)
        self.lib.espeak_SetVoiceByName.argtypes = (ctypes.c_char_p,)
        self.lib.espeak_Synth.argtypes = (
            ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p,
        )
        self.current: Voice | None = None

    def _on_audio(self, wav: Any, count: int, events: Any) -> int:
        if count > 0:
            self.chunks.append(ctypes.string_at(wav, count * 2))
        return 0

    def _set_voice(self, voice: Voice) -> None:
        if self.current == voice:
            return
        if self.lib.espeak_SetVoiceByName(voice.voice.encode("utf-8")) != 0:
            raise ValueError(f"eSpeak NG has no voice {voice.voice!r}")
        self.lib.espeak_SetParameter(_RATE, voice.rate, 0)
        self.lib.espeak_SetParameter(_VOLUME, round(voice.volume * 100), 0)
        self.lib.espeak_SetParameter(_PITCH, voice.pitch, 0)
        self.current = voice

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        """Speak `text` into `path`; raises RuntimeError when eSpeak NG reports an error."""
        self._set_voice(voice)
        self.chunks = []
        data = text.encode("utf-8")
        flags = _CHARS_UTF8 | _PHONEMES | _ENDPAUSE
        status = self.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, flags, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth returned error {status}")
        write_wav(path, b"".join(self.chunks))


class _ShortSleeps:
    """Stands in for the `time` module inside pyttsx3's espeak driver: its polling sleeps last 1 ms."""

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)

    @staticmethod
    def sleep(seconds: float) -> None:
        time.sleep(min(seconds, 0.001))


class Pyttsx3Espeak:
    """pyttsx3's espeak driver, waiting for 'finished-utterance' before trusting the file."""

    def __init__(self) -> None:
        import pyttsx3
        from pyttsx3.drivers import _espeak
        from pyttsx3.drivers import espeak as driver_module

        # pyttsx3 passes no PHONEMES flag; add it so the lexicon's [[...]] phonemes are read as phonemes.
        original = _espeak.Synth

        def synth_as_voice(text: bytes, *args: Any, flags: int = 0, **kwargs: Any) -> Any:
            # Rate, pitch and volume are set here, just before each utterance. Set through pyttsx3's properties, an
            # utterance after a voice change was spoken at the previous voice's rate in about 1 call in 10 with two
            # processes at work (measured: 400 alternating calls per process); set here, none was.
            voice = self.current
            if voice is not None:
                _espeak.SetParameter(_espeak.RATE, voice.rate, 0)
                _espeak.SetParameter(_espeak.PITCH, voice.pitch, 0)
                _espeak.SetParameter(_espeak.VOLUME, round(voice.volume * 100), 0)
            return original(text, *args, flags=flags | _espeak.PHONEMES, **kwargs)

        _espeak.Synth = synth_as_voice
        # The driver's run loop sleeps 10 ms after every utterance; that was most of its per-call cost.
        driver_module.time = _ShortSleeps()
        self.engine = pyttsx3.init("espeak")
        self.finished = False
        self.errors: list[str] = []
        self.engine.connect("finished-utterance", self._on_finished)
        self.engine.connect("error", self._on_error)
        self.current: Voice | None = None

    def _on_finished(self, name: Any = None, completed: bool = True) -> None:
        # pyttsx3's endLoop may "stop" an utterance that has already finished and send a second,
        # completed=False event; the first, completed one is what counts.
        self.finished = self.finished or completed

    def _on_error(self, name: Any = None, exception: Exception | None = None) -> None:
        self.errors.append(str(exception))

    def synthesize(self, text: str, voice: Voice, path: Path) -> None:
        """Speak `text` into `path`; raises RuntimeError when the driver reports an error or never finishes."""
        if self.current != voice:
            self.engine.setProperty("voice", voice.voice)  # rate, pitch and volume: in synth_as_voice
            self.current = voice
        self.finished, self.errors = False, []
        self.engine.save_to_file(text, str(path))
        self.engine.runAndWait()
        # runAndWait() can return before eSpeak NG's thread has written the file: wait for the event.
        deadline = time.monotonic() + FINISH_WAIT_S
        while not self.finished and not self.errors and time.monotonic() < deadline:
            time.sleep(0.002)
        if self.errors:
            raise RuntimeError("; ".join(self.errors))
        if not self.finished:
            raise RuntimeError(f"pyttsx3 gave no finished-utterance event within {FINISH_WAIT_S:.0f} s")


ENGINES: dict[str, Callable[[], Engine]] = {"pyttsx3": Pyttsx3Espeak, "espeak": DirectEspeak}


def make_engine(name: str) -> Engine:
    """A new engine instance (call only inside a worker process); 'module:Class' plugs in another engine."""
    if ":" in name:
        module_name, _, attr = name.partition(":")
        factory: Any = getattr(importlib.import_module(module_name), attr)
        return factory()  # type: ignore[no-any-return]
    return ENGINES[name]()

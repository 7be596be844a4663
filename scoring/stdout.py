"""Standard output that fails loudly: closed, broken, full or unable to show Chinese is a located error.

Python leaves sys.stdout None when descriptor 1 is closed, raises on a full disk or a closed pipe only
at some later write or at exit, and cannot encode Chinese on an ASCII terminal: each of those ended in
a traceback, or in a cut-off report with exit status 0. The CLI writes through `guarded(sys.stdout)`.
"""
from __future__ import annotations

import io
import os

from .errors import Pos, ScoringError

WHERE = Pos("<stdout>")


def guarded(stream):
    return _Guarded(stream) if stream is not None else _Closed()


def can_show(stream) -> bool:
    """Whether `stream` can write Chinese text as it is (an ASCII terminal cannot)."""
    try:
        chr(0x7EE9).encode(getattr(stream, "encoding", None) or "utf-8")
        return True
    except (UnicodeEncodeError, LookupError):
        return False


def tell(said, lang: str, stream) -> None:
    """A note that the output is written (已写入 …): in English where `stream` cannot show Chinese, and never a
    reason to fail once the output itself is safely written (a closed or broken standard output loses only it)."""
    try:
        print(said.render(lang if can_show(stream) else "en"), file=stream)
    except (ScoringError, OSError, ValueError, UnicodeEncodeError):
        pass


class _Guarded:
    """A stream whose failures are ScoringErrors; everything else is the stream's own."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, data):
        raw = getattr(self._stream, "buffer", self._stream)
        if isinstance(raw, io.RawIOBase):  # unbuffered (python -u): a short write would lose the rest silently
            if isinstance(data, str):
                data = self._do(data.encode, self._stream.encoding, self._stream.errors or "strict")
            return self._do(_write_all, raw, data)
        return self._do(self._stream.write, data)

    def flush(self):
        return self._do(self._stream.flush)

    @property
    def buffer(self):
        return _Guarded(self._stream.buffer)

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def _do(self, call, *args):
        try:
            return call(*args)
        except UnicodeEncodeError:
            raise WHERE.fail("stdout.encoding", encoding=self._stream.encoding) from None
        except (OSError, ValueError) as e:  # ValueError: a stream closed under us
            _silence(self._stream)
            raise WHERE.fail("stdout.failed", reason=getattr(e, "strerror", None) or str(e)) from None


class _Closed:
    """Standard output closed before we started (`>&-`): any write is an error; asking is not."""

    encoding = "utf-8"

    def write(self, data):
        raise WHERE.fail("stdout.closed")

    def flush(self):
        pass

    def isatty(self) -> bool:
        return False

    @property
    def buffer(self):
        return self


def _write_all(raw, data: bytes) -> int:
    view = memoryview(data)
    while view:
        n = raw.write(view)
        if not n:
            raise OSError(0, "nothing written")
        view = view[n:]
    return len(data)


def _silence(stream) -> None:
    """Point descriptor 1 at /dev/null, so the interpreter's last flush at exit has nothing to complain of."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass



"""The durable_rules engine in a forked child: facts in, matches out, one line each way.

A crash inside durable_rules that our checks did not foresee (a segfault in its C core) would kill the
process with no word. In a child, it kills only the child: the parent reads the end of the pipe, and says
the engine stopped (durable.crashed: exit 2 at the CLI, naming the python engine). The fork costs a few
milliseconds once per matcher (bench/durable_isolation.py). Not where the process cannot fork (Windows,
where durable_rules rarely installs: no wheels, a C compiler needed), nor in a process whose parent
watches it already (batch's workers): there the engine stays in process.
"""
from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from typing import Callable

from ..catalogue import Text, text
from ..collector import settle
from ..errors import Pos


class EngineError(RuntimeError):
    """durable_rules failed or an action raised; never swallowed."""


def can_isolate() -> bool:
    # a process multiprocessing started (batch's worker) has it imported, whatever the start method: one where it
    # is not is no such worker, and the command need not import it to know (~4 ms of `evaluate`'s cold start)
    mp = sys.modules.get("multiprocessing")
    return hasattr(os, "fork") and (mp is None or mp.parent_process() is None)


_PARENT_ENDS: set[int] = set()  # the parent's ends of every live child's pipes: no other child may hold them


class Child:
    """A forked process holding one engine, made by `make` there; `match` and `close` as the engine's."""

    def __init__(self, make: Callable):
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            for fd in _PARENT_ENDS | {down_write, up_read}:  # else a sibling's end of file never comes
                os.close(fd)
            _serve(make, os.fdopen(down_read, encoding="utf-8"), os.fdopen(up_write, "w", encoding="utf-8"))
        os.close(down_read)
        os.close(up_write)
        self._pid: int | None = pid
        self._to = os.fdopen(down_write, "w", encoding="utf-8")
        self._from = os.fdopen(up_read, encoding="utf-8")
        _PARENT_ENDS.update((down_write, up_read))
        try:
            self._answer()  # ready, or why the engine could not be built
        except BaseException:
            self.close()
            raise

    def match(self, line: str):
        """The engine's match_line of `line` (one line of text, written as it is): what it returned."""
        try:
            self._to.write(line + "\n")
            self._to.flush()
        except BrokenPipeError:
            raise self._died() from None
        return self._answer()

    def _answer(self):
        line = self._from.readline()
        if not line:
            raise self._died()
        answer = json.loads(line)
        if "error" in answer:
            raise EngineError(answer["error"])
        return answer.get("matches")

    def _died(self):
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        return Pos("durable_rules").fail("durable.crashed", how=_how(status))

    def close(self) -> None:
        for pipe in (self._to, self._from):
            if pipe.closed:
                continue
            _PARENT_ENDS.discard(pipe.fileno())
            try:
                pipe.close()  # the child reads the end of its input and leaves
            except OSError:  # a write still buffered to a child that died
                pass
        if self._pid is not None:
            os.waitpid(self._pid, 0)
            self._pid = None


def _serve(make: Callable, facts_in, answers_out) -> None:
    """The child: build the engine, then answer each line of facts; never returns."""
    status = 1
    try:
        try:
            engine = make()
        except EngineError as e:
            _send(answers_out, {"error": str(e)})
        else:
            settle()  # the engine lives as long as the child, which answers match after match
            _send(answers_out, {"ready": True})
            for line in facts_in:
                try:
                    answer = {"matches": engine.match_line(line.rstrip("\n"))}
                except EngineError as e:
                    answer = {"error": str(e)}
                _send(answers_out, answer)
        status = 0
    except BaseException:  # a bug, not a crash: its traceback, then the parent says the engine stopped
        traceback.print_exc()
    finally:
        os._exit(status)  # not the parent's exit handlers, nor its buffered output a second time


def _send(pipe, answer: dict) -> None:
    pipe.write(json.dumps(answer, ensure_ascii=False) + "\n")
    pipe.flush()


def _how(status: int) -> Text:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = "?"
        return text("durable.signal", number=number, name=name)
    return text("durable.status", status=os.WEXITSTATUS(status))

"""Catalogue: choosing the rule engine's backend (scoring/engine/backends.py)."""

MESSAGES = {
    "engine.fallback": ("提示：durable_rules 在此 Python 上不可用（仅支持 3.10–3.12），已改用结果相同的 Python 匹配器",
                        "note: durable_rules is not available on this Python (3.10-3.12 only); using the equivalent "
                        "Python matcher"),
    "engine.unknown": ("未知的引擎「{engine}」；可用：{known}", "unknown engine '{engine}'; known: {known}"),
    # the library names the way out, not the command's option: the CLI adds that (scoring/cli.py, _OPTIONS)
    "engine.durable_unavailable": ("durable_rules 在此 Python 上不可用（仅支持 3.10–3.12）：请改用结果相同的 python 引擎",
                                   "durable_rules is not available on this Python (3.10-3.12 only): use the python "
                                   "engine, which gives the same results"),
}

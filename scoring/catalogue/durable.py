"""Catalogue: the durable_rules engine stopping under us (scoring/engine/durable_child.py)."""

MESSAGES = {
    # the library names the way out, not the command's option: the CLI adds that (scoring/cli.py, _OPTIONS)
    "durable.crashed": ("规则引擎 durable_rules 意外终止（{how}），未计分、未写出任何结果：请改用结果相同的 python 引擎",
                        "the rule engine durable_rules stopped unexpectedly ({how}); nothing was scored or written: "
                        "use the python engine, which gives the same results"),
    "durable.signal": ("信号 {number} {name}", "signal {number}, {name}"),
    "durable.status": ("退出码 {status}", "exit status {status}"),
}

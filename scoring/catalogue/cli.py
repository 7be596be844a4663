"""Catalogue: the `scoring` command's own words (scoring/cli.py)."""

MESSAGES = {
    "cli.wrote": ("已写入 {path}", "wrote {path}"),
    "cli.jobs_positive": ("--jobs 应为正整数", "--jobs must be a positive number"),
    "cli.targets_only_for_rules": ("--targets 只用于检查规则目录", "--targets applies only to a rules directory"),
    "cli.counts": ("{errors} 个错误，{warnings} 个警告", "{errors} errors, {warnings} warnings"),
    "cli.progress": ("计分", "scoring"),
}

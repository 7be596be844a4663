"""Catalogue: mistakes in rule files beyond their schema (scoring/rulebook/)."""

MESSAGES = {
    "rulefile.template_field": ("说明模板中的「{field}」无效：只能写 {{字段}}，或加宽度如 {{字段:>8}}（< 左对齐、> 右对齐、^ 居中，宽度至多 99）",
                                "'{field}' in the explanation template is not allowed: write {{field}}, or with a width "
                                "such as {{field:>8}} (< left, > right, ^ centre, a width up to 99)"),
}

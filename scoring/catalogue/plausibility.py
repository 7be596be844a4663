"""Catalogue: actual values that cannot be true (scoring/plausibility.py, rules/plausibility.yaml)."""

MESSAGES = {
    "plausibility.negative_count": ("实际值 {actual} 是负数，而以「{unit}」计的数量不会小于 0（rules/plausibility.yaml）：请核对",
                                    "the actual {actual} is negative, and a count in {unit} cannot be below 0 "
                                    "(rules/plausibility.yaml): check it"),
    "plausibility.over_100": ("实际值 {actual} 超过 100%，而「{word}」类的比率不会超过 100%（rules/plausibility.yaml）：请核对",
                              "the actual {actual} is above 100 %, and a rate of the kind '{word}' cannot exceed 100 % "
                              "(rules/plausibility.yaml): check it"),
    "plausibility.unit_slip": ("{actual} 是目标 {target} 的 {times} 倍：{question}（rules/plausibility.yaml）请核对",
                               "{actual} is {times} times the target {target}: {question} (rules/plausibility.yaml) check it"),
    "plausibility.unit_slip_smaller": ("是否以{small}填写，即 {reading}？", "was it written in {small}, i.e. {reading}?"),
    "plausibility.unit_slip_far": ("按{small}读即 {reading}，也与目标相差 {within} 倍以上，数字或单位是否有误？",
                                   "read in {small} it is {reading}, still more than {within} times off the target; "
                                   "is the number or the unit wrong?"),
    "plausibility.thousands_dot": ("实际值「{written}」有三位小数，而以{unit}计的数量是整数：是否把千位分隔符写成了小数点，"
                                   "即 {meant}（目标 {target}）？如是，请写「{plain}」（rules/plausibility.yaml）",
                                   "the actual '{written}' has three decimals, and a count in {unit} is whole: was the dot "
                                   "typed for the thousands separator, i.e. {meant} (target {target})? If so, write "
                                   "'{plain}' (rules/plausibility.yaml)"),
    "plausibility.unknown_unit": ("未知的单位：{units}；可用：{known}", "unknown units: {units}; known: {known}"),
}

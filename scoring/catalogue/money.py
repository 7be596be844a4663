"""Catalogue: money that cannot be true (scoring/actuals.py, scoring/money.py, rules/plausibility.yaml money)."""

MESSAGES = {
    "money.negative": ("金额 {amount} 是负数，而执行数不会小于 0：请核对（退回的资金应从执行数中减去，不写负数）",
                       "the amount {amount} is negative, and money spent cannot be below 0: check it "
                       "(money returned is taken off the amount spent, not written as a negative)"),
}

"""evaluate assembles its Scorecard without validating it again (the class's schema is built only where a card
is validated or dumped): what it assembles must still be a valid card, equal to its validated copy."""
from __future__ import annotations

import pytest

from helpers import ROOT, score
from scoring.scorecard import Scorecard

EXAMPLE = (ROOT / "targets" / "2025" / "jiangning-social-insurance.yaml",
           ROOT / "actuals" / "2025" / "jiangning-social-insurance.annual.yaml")


@pytest.mark.parametrize("period", ["annual", "h1"])
def test_the_card_evaluate_assembles_is_the_card_validating_it_gives(period):
    actuals = EXAMPLE[1] if period == "annual" else EXAMPLE[1].with_name("jiangning-social-insurance.h1.yaml")
    card = score(EXAMPLE[0], actuals, period=period)
    again = Scorecard.model_validate(card.model_dump())
    assert again == card and again.indicators == card.indicators and again.budget == card.budget
    assert card.model_fields_set == set(Scorecard.model_fields)  # every field given, none left to a default

"""Money: what people type becomes whole pence, and pence are shown one consistent way."""

import pytest
from django import forms
from django.template import Context, Template

from projects.money import MoneyField, format_pence, pence_to_plain


@pytest.mark.parametrize(
    ("typed", "pence"),
    [
        ("5000", 500_000),
        ("5,000", 500_000),
        ("£5,000.50", 500_050),
        ("5000.5", 500_050),
        (" £ 5000 ", 500_000),
        ("1,234,567.89", 123_456_789),
        ("0.01", 1),
        (".50", 50),
        ("12.", 1_200),
        ("10000000", 1_000_000_000),
    ],
)
def test_it_reads_amounts_the_way_people_type_them(typed, pence):
    assert MoneyField().clean(typed) == pence


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "Amounts can't be negative"),
        ("£-5", "Amounts can't be negative"),
        ("\u22125", "Amounts can't be negative"),
        ("(5.00)", "Amounts can't be negative"),
        ("0", "Enter an amount more than £0."),
        ("£0.00", "Enter an amount more than £0."),
        ("5.005", "no more than 2 numbers after the decimal point"),
        ("five thousand", "Enter the amount in numbers"),
        ("5k", "Enter the amount in numbers"),
        ("5,00", "Enter the amount in numbers"),
        ("5.000.00", "Enter the amount in numbers"),
        ("£", "Enter the amount in numbers"),
        ("1e6", "Enter the amount in numbers"),
        ("10000000.01", "more than £10,000,000.00"),
        ("99999999999999999999999", "more than £10,000,000.00"),
    ],
)
def test_it_refuses_what_is_not_a_sensible_amount(typed, message):
    with pytest.raises(forms.ValidationError) as error:
        MoneyField().clean(typed)
    assert message in " ".join(error.value.messages)


def test_an_optional_amount_may_be_left_empty():
    assert MoneyField(required=False).clean("  ") is None


def test_a_required_amount_says_so():
    with pytest.raises(forms.ValidationError, match="required"):
        MoneyField().clean("")


def test_stored_pence_go_back_into_the_form_as_pounds():
    field = MoneyField()
    assert field.prepare_value(500_050) == "5000.50"
    assert field.prepare_value("£5,000") == "£5,000"


@pytest.mark.parametrize(
    ("pence", "shown"),
    [
        (0, "£0.00"),
        (5, "£0.05"),
        (123_456, "£1,234.56"),
        (500_000, "£5,000.00"),
        (1_000_000_000, "£10,000,000.00"),
        (-1_200, "-£12.00"),
        (None, ""),
    ],
)
def test_amounts_are_always_shown_with_pence(pence, shown):
    assert format_pence(pence) == shown


def test_the_pounds_filter_shows_pence_as_money():
    template = Template("{% load money %}{{ a|pounds }}|{{ b|pounds }}|{{ c|pounds }}")
    assert template.render(Context({"a": 123_456, "b": 500_000, "c": None})) == (
        "£1,234.56|£5,000.00|"
    )


def test_spreadsheets_get_plain_pounds():
    assert pence_to_plain(500_000) == "5000.00"
    assert pence_to_plain(5) == "0.05"
    assert pence_to_plain(None) == ""

import string

from participants.identity import codes

LOOK_ALIKES = set("0O1IL5S2Z8B")


def test_codes_never_use_look_alike_characters():
    assert not LOOK_ALIKES & set(codes.ALPHABET)
    assert set(codes.ALPHABET) <= set(string.ascii_uppercase + string.digits)
    assert len(set(codes.ALPHABET)) == len(codes.ALPHABET) == 25


def test_new_codes_are_random_and_the_right_length():
    made = {codes.new_code(codes.INVITATION_CODE_LENGTH) for _ in range(2000)}
    assert len(made) == 2000
    assert all(len(code) == 8 and set(code) <= set(codes.ALPHABET) for code in made)
    # Every symbol turns up: the codes use the whole alphabet.
    assert set("".join(made)) == set(codes.ALPHABET)


def test_codes_are_shown_in_groups_of_four():
    assert codes.grouped("KXPT7HWQ") == "KXPT-7HWQ"
    assert codes.grouped("KXPT7HWQACDE") == "KXPT-7HWQ-ACDE"


def test_typed_codes_are_read_in_any_case_with_or_without_dashes_and_spaces():
    for typed in ["kxpt-7hwq", "KXPT 7HWQ", " kxpt7hwq ", "Kx Pt–7h wq", "KXPT_7HWQ"]:
        assert codes.normalise(typed) == "KXPT7HWQ"


def test_characters_no_code_uses_are_named_once_in_order():
    assert codes.unused_symbols("KX0T7HW0O") == ["0", "O"]
    assert codes.unused_symbols("KXPT7HWQ") == []

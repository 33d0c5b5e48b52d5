"""What a record may keep about a resident, and the checks that keep it to that.

Advice needs none of it: names, phone, the power and gas account numbers (ledger columns)
and an ID number (only for subsidy follow-up) are optional, kept only with the resident's
consent (the ID with a consent of its own, PIPL Art. 29), and encrypted in the database.
Bank card numbers are never stored: any text that looks like one is refused.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from heatadvisor.core.contract.problems import FieldProblem, InputError, problems_from

PERSONAL_FIELDS = ("head_name", "applicant_name", "phone", "power_account", "gas_account", "id_number")
LEDGER_PERSONAL = ("applicant_name", "power_account", "gas_account", "id_number")  # asked for the ledger, not the form
_DIGIT_RUN = re.compile(r"\d[\d \-]{13,}\d")
_ID_18 = re.compile(r"^\d{17}[\dX]$")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PHONE = re.compile(r"^[0-9+\- ]{5,20}$")
_ACCOUNT = re.compile(r"^[0-9A-Za-z\-]{1,30}$")


def valid_id_number(text: str) -> bool:
    """A resident identity card number (GB 11643): 17 digits and a check character."""
    if not _ID_18.match(text):
        return False
    total = sum(int(d) * w for d, w in zip(text[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == text[17]


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def looks_like_bank_card(text: str) -> bool:
    """A run of 15-19 digits (spaces or dashes allowed) that passes the card checksum."""
    for run in _DIGIT_RUN.findall(text):
        digits = re.sub(r"[ \-]", "", run)
        if 15 <= len(digits) <= 19 and _luhn(digits) and not valid_id_number(digits):
            return True
    return False


def refuse_bank_card(text: str | None) -> str | None:
    if text is not None and looks_like_bank_card(text):
        raise ValueError("bank_card")
    return text


def mask_id(id_number: str | None) -> str | None:
    """370***********1234: enough to tell two residents apart on a list, no more."""
    if not id_number:
        return id_number
    return id_number[:3] + "*" * (len(id_number) - 7) + id_number[-4:]


class Personal(BaseModel):
    """The resident's identifying details, as the form gives them; every field optional."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)

    consent: bool = False  # the resident agreed that these details are kept (PIPL Art. 17 notice shown)
    id_consent: bool = False  # a separate agreement for the ID number
    head_name: str | None = Field(default=None, max_length=40)
    applicant_name: str | None = Field(default=None, max_length=40)
    phone: str | None = Field(default=None, max_length=20)
    power_account: str | None = Field(default=None, max_length=30)
    gas_account: str | None = Field(default=None, max_length=30)
    id_number: str | None = Field(default=None, max_length=18)

    @field_validator("head_name", "applicant_name", "phone", "power_account", "gas_account", "id_number", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("head_name", "applicant_name", "power_account", "gas_account", "phone")
    @classmethod
    def _no_bank_card(cls, value: str | None) -> str | None:
        return refuse_bank_card(value)

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is not None and not _PHONE.match(value):
            raise ValueError("phone")
        return value

    @field_validator("power_account", "gas_account")
    @classmethod
    def _account(cls, value: str | None) -> str | None:
        if value is not None and not _ACCOUNT.match(value):
            raise ValueError("account")
        return value

    @field_validator("id_number")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        if value is not None and not valid_id_number(value.upper()):
            raise ValueError("id_number")
        return value.upper() if value else value

    @model_validator(mode="after")
    def _consented(self) -> Personal:
        if self.id_number and not self.id_consent:
            raise ValueError("id_consent_needed")
        if self.any_kept() and not self.consent:
            raise ValueError("consent_needed")
        return self

    def any_kept(self) -> bool:
        return any(getattr(self, name) for name in PERSONAL_FIELDS)


def problems_of(exc: ValidationError, where: str = "") -> list[FieldProblem]:
    """Pydantic's errors as field problems, our own ValueError codes ("bank_card", …) as reasons."""
    problems = []
    for problem, err in zip(problems_from(exc), exc.errors(include_url=False)):
        code = str(err.get("ctx", {}).get("error", "")) if err["type"] == "value_error" else ""
        if code in _OWN_REASONS:
            problem = replace(problem, reason=code)
        if code in ("consent_needed", "id_consent_needed"):  # a rule over the whole: name the tick box
            problem = replace(problem, field="id_consent" if code == "id_consent_needed" else "consent")
        field = f"{where}.{problem.field}" if where and problem.field else where or problem.field
        problems.append(replace(problem, field=field))
    return problems


def personal_from(data: object, where: str = "personal") -> Personal:
    """Validated personal details; InputError naming each bad field (never a traceback)."""
    try:
        return Personal.model_validate(data)
    except ValidationError as exc:
        raise InputError(problems_of(exc, where)) from None


_OWN_REASONS = {"bank_card", "phone", "account", "id_number", "consent_needed", "id_consent_needed"}

"""The content model: everything a guide's YAML may say, field by field.

Every model forbids unknown keys (a misspelt field is an error, not a silent no-op) and
is strict about types (YAML says `25` or `"25"`, and the difference matters). Fields
documented as Markdown are handed to MkDocs as Markdown; every other text field is plain
text and is escaped wherever it is shown.

Rules that need more than one field, or more than one file (unique ids, thresholds that
fit the scale), live in `checks.py`, where they can point at the line that breaks them.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, model_validator

# Answer ids are stored in readers' browsers and in exported files: keep them boring.
Id = Annotated[str, Field(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
Text = Annotated[str, Field(min_length=1)]
Markdown = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- guide.yml -------------------------------------------------------------------------


class ScaleOption(Strict):
    value: int = Field(description="The number saved and added up.")
    label: Text = Field(description="Words for the number (plain text), e.g. 'Agree'.")


class Scale(Strict):
    options: list[ScaleOption] = Field(
        min_length=2, description="The choices, from lowest to highest."
    )

    @model_validator(mode="after")
    def _ascending(self) -> Scale:
        values = [option.value for option in self.options]
        if values != sorted(set(values)):
            raise ValueError(f"expected option values rising one by one, got {values}")
        return self

    @property
    def lowest(self) -> int:
        return self.options[0].value

    @property
    def highest(self) -> int:
        return self.options[-1].value


class NavSection(Strict):
    section: Text = Field(description="The section's title in the navigation.")
    pages: list[Text] = Field(min_length=1, description="Page files, in order.")


class Guide(Strict):
    id: Id = Field(description="Names the guide in readers' saved answers. Never change it.")
    content_version: Text = Field(description="Bump when the questions change.")
    scales: dict[Id, Scale] = Field(description="Rating scales, referred to by name.")
    pages: list[Union[Text, NavSection]] = Field(
        min_length=1, description="Page files (relative to content/) in reading order."
    )


# --- page files: a page is a list of blocks ------------------------------------------------


class Prose(Strict):
    kind: Literal["prose"]
    markdown: Markdown = Field(description="Markdown: headings, lists, links, emphasis.")


class SpectrumGroup(Strict):
    id: Id = Field(description="Anchor of the group, for links such as `index.md#evaluative`.")
    label: Text = Field(description="Plain text: the group's name.")
    approaches: list[Text] = Field(min_length=1, description="Plain text, one per approach.")


class Spectrum(Strict):
    """A row of approaches drawn from one end of a range to the other."""

    kind: Literal["spectrum"]
    title: Text = Field(description="Plain text caption.")
    start: Text = Field(description="Plain text: what the left end means.")
    end: Text = Field(description="Plain text: what the right end means.")
    groups: list[SpectrumGroup] = Field(min_length=1)


class OutcomeRef(Strict):
    """Points at one outcome of a questionnaire, e.g. Step 1's evaluative suggestion."""

    questionnaire: Id
    outcome: Id


class Signpost(Strict):
    text: Text = Field(description="Plain text of the link.")
    to: Text = Field(description="A Markdown link target, e.g. `evaluative.md`.")
    suggested_by: OutcomeRef | None = Field(default=None, description="Marked when this outcome holds.")


class Signposts(Strict):
    """The source's "Click here" buttons: links to other pages of the guide."""

    kind: Literal["signposts"]
    links: list[Signpost] = Field(min_length=1)


class CardSection(Strict):
    heading: Text = Field(description="Plain text, e.g. 'Goals of PAR:'.")
    points: list[Markdown] = Field(min_length=1, description="Markdown, one bullet each.")


class Card(Strict):
    id: Id = Field(description="Anchor of the card.")
    title: Text = Field(description="Plain text.")
    sections: list[CardSection] = Field(min_length=1)


class Cards(Strict):
    """Approaches side by side, each a card of headed lists."""

    kind: Literal["cards"]
    cards: list[Card] = Field(min_length=1)


class KeyQuestionColumns(Strict):
    issue: Text
    questions: Text
    answer: Text


class KeyQuestion(Strict):
    id: Id = Field(description="The answer's id for what the reader writes.")
    former_ids: list[Id] = Field(default=[], description="Ids this answer had before a rename: saved answers under them follow it.")
    issue: Text = Field(description="Plain text, e.g. 'Purpose'.")
    questions: list[Text] = Field(min_length=1, description="Plain text, one per question.")


class KeyQuestions(Strict):
    """Issues with their questions, and a place to write beside each."""

    kind: Literal["key-questions"]
    columns: KeyQuestionColumns
    rows: list[KeyQuestion] = Field(min_length=1)


class Tips(Strict):
    """Quotes from districts, each shown as a call-out."""

    kind: Literal["tips"]
    title: Text
    quotes: list[Text] = Field(min_length=1, description="Plain text, without quote marks.")


class ChoiceOption(Strict):
    value: Id = Field(description="What is saved when this option is chosen.")
    label: Text


class ChoiceGroup(Strict):
    label: Text
    suggested_by: OutcomeRef | None = Field(default=None, description="Marked (never chosen) when this outcome holds.")
    options: list[ChoiceOption] = Field(min_length=1)


class Choice(Strict):
    """One choice among grouped options, e.g. the approach a team takes."""

    kind: Literal["choice"]
    id: Id = Field(description="The answer's id.")
    former_ids: list[Id] = Field(default=[], description="Ids this answer had before a rename: saved answers under them follow it.")
    label: Text = Field(description="Plain text: the question.")
    hint: Text | None = Field(default=None, description="Plain text under the question.")
    groups: list[ChoiceGroup] = Field(min_length=1)


class Item(Strict):
    id: Id = Field(description="The answer's id: unique in the whole guide, never reused.")
    former_ids: list[Id] = Field(default=[], description="Ids this answer had before a rename: saved answers under them follow it.")
    text: Text = Field(description="Plain text: the statement to rate.")


class Threshold(Strict):
    at_least: int | None = Field(default=None, description="Totals at or above this match.")
    below: int | None = Field(default=None, description="Totals below this match.")

    @model_validator(mode="after")
    def _some_bound(self) -> Threshold:
        if self.at_least is None and self.below is None:
            raise ValueError("expected at_least, below or both, got neither")
        return self


class Link(Strict):
    text: Text = Field(description="Plain text of the link.")
    to: Text = Field(description="A Markdown link target, e.g. `index.md#evaluative`.")


class Outcome(Strict):
    id: Id
    when: Threshold
    suggests: Text = Field(description="Plain text ending 'suggests ...', e.g. 'an evaluative approach'.")
    link: Link | None = None


class Total(Strict):
    label: Text = Field(description="Plain text, e.g. 'Total rating'.")


class Rationale(Strict):
    label: Text = Field(description="Plain text over each statement's place to write, e.g. 'Rationale'.")


class LowRatings(Strict):
    at_most: int = Field(description="Ratings at or below this are listed.")
    heading: Text = Field(description="Plain text, e.g. 'Areas to strengthen'.")
    none_text: Text = Field(description="Plain text shown when no rating is that low.")


class Questionnaire(Strict):
    kind: Literal["questionnaire"]
    id: Id
    heading: Text = Field(description="Plain text over the statements column, e.g. 'Statement'.")
    scale: Id = Field(description="Name of a scale in guide.yml.")
    items: list[Item] = Field(min_length=1)
    total: Total | None = Field(default=None, description="Show a running total.")
    outcomes: list[Outcome] = Field(
        default=[], description="Suggestions by total; together they cover every total once."
    )
    rationale: Rationale | None = Field(
        default=None, description="A place to write beside each statement; its id is the item's id + '-rationale'."
    )
    low_ratings: LowRatings | None = Field(default=None, description="List the statements rated this low.")


class GapColumns(Strict):
    statement: Text
    reflection: Text


class Gaps(Strict):
    """A questionnaire's lowest-rated statements, each with a place to reflect.

    The reflection's id is the statement's id + '-reflection', so it stays with its
    statement whatever the ratings; the reader's own pick is saved under this block's id."""

    kind: Literal["gaps"]
    id: Id
    source: Id = Field(description="The questionnaire whose ratings are read.")
    at_most: int = Field(description="Statements rated at or below this qualify.")
    limit: int = Field(ge=1, description="How many are shown at most.")
    columns: GapColumns
    reflection_label: Text = Field(description="Plain text over each reflection, e.g. 'Reflection'.")
    notes_label: Text = Field(description="Plain text over the notes offered when no statement qualifies.")


class Attention(Strict):
    item: Id = Field(description="A questionnaire statement whose low rating points here.")
    at_most: int = Field(description="Ratings at or below this raise the mark.")
    reason: Text = Field(description="Plain text: why that rating points to this element.")
    origin: Literal["source", "site"] = Field(
        description="`source` when the original guide makes the link, `site` for this site's suggestion."
    )


class ProfileElement(Strict):
    id: Id = Field(description="The answer's id for the notes.")
    former_ids: list[Id] = Field(default=[], description="Ids this answer had before a rename: saved answers under them follow it.")
    name: Text
    question: Text = Field(description="Plain text: the guiding question (the source's first tip).")
    tips: list[Text] = Field(default=[], description="Plain text, the other tips.")
    attention: list[Attention] = Field(default=[])


class ProfileColumns(Strict):
    element: Text
    tips: Text
    notes: Text


class Profile(Strict):
    """A strategy profile: elements, each with its tips and notes to write."""

    kind: Literal["profile"]
    title: Text = Field(description="Plain text naming the profile where it is gathered, e.g. in My plan.")
    columns: ProfileColumns
    elements: list[ProfileElement] = Field(min_length=1)


class PlanField(Strict):
    id: Id = Field(description="The answer's id.")
    former_ids: list[Id] = Field(default=[], description="Ids this answer had before a rename: saved answers under them follow it.")
    label: Text = Field(description="Plain text, e.g. 'District'.")


class Plan(Strict):
    """Every answer of the guide on one page, in reading order, ready to print as a packet.
    Built from the content model; the script only fills in the reader's answers."""

    kind: Literal["plan"]
    fields: list[PlanField] = Field(default=[], description="Optional title-page fields, saved like any answer.")


Block = Annotated[
    Union[Prose, Spectrum, Signposts, Cards, KeyQuestions, Tips, Choice, Questionnaire, Gaps, Profile, Plan],
    Field(discriminator="kind"),
]


class Page(Strict):
    title: Text = Field(description="Plain text: the page's heading.")
    nav_title: Text | None = Field(default=None, description="Shorter title for the navigation.")
    lead: Text | None = Field(default=None, description="Plain text shown under the heading.")
    blocks: list[Block] = Field(min_length=1)

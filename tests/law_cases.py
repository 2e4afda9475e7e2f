"""Synthetic events for the golden law tests: each case is one claim in an article of its own, with the
paragraphs and tiers a Panel of Experts member would sign (review of the DPRK law data, November 2026, and the
Iran and Yemen notes). Written for the tests; the sentences are the project's own."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from kg.ingest.rows import check_facts, digest, event_key
from kg.model import CheckedArticle, Document, Evidence, Fact, FactsFile

R1718, R1874, R2270, R2321 = "S/RES/1718 (2006)", "S/RES/1874 (2009)", "S/RES/2270 (2016)", "S/RES/2321 (2016)"
R2375, R2397 = "S/RES/2375 (2017)", "S/RES/2397 (2017)"


def para(symbol: str, number: str) -> str:
    return f"{symbol} para {number}"


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    supplier: str
    recipient: str
    category: str | None
    item: str | None
    period: str | None
    published: str
    expected: dict[str, str]
    status: str = "delivered"
    notified: bool | None = None
    attributed_to: str | None = "Multilateral Sanctions Monitoring Team"
    parties: dict = field(default_factory=dict)  # from_party / to_party

    def fact(self) -> Fact:
        sentence = f"{self.name}: {self.supplier} to {self.recipient}, {self.item or self.kind}."
        return Fact.model_validate({
            "kind": self.kind, "from": self.supplier, "to": self.recipient, "category": self.category,
            "item": self.item, "period": {"start": self.period, "end": None} if self.period else None,
            "status": self.status, "notified": self.notified, "attributed_to": self.attributed_to,
            "evidence": Evidence(text=sentence, start=0, end=len(sentence)), **self.parties})

    def article(self) -> CheckedArticle:
        sha = hashlib.sha256(f"law case {self.name}".encode()).hexdigest()
        document = Document(title=f"Case {self.name}", published=self.published, publisher="Case Review", sha256=sha)
        return check_facts(FactsFile(document=document, facts=[self.fact()]), source=f"case {self.name}")

    @property
    def event_id(self) -> str:
        return digest(event_key(self.fact()))

    def oracle_event(self) -> dict:
        fact = self.fact()
        return {"kind": self.kind, "supplier": self.supplier, "recipient": self.recipient,
                "supplier_party": self.parties.get("from_party"), "recipient_party": self.parties.get("to_party"),
                "claim_date": self.period, "article_date": self.published,
                "items": [{"item": fact.item, "category": self.category, "notified": self.notified}]}


B, I = "breach", "interpretive"
TROOP_READINGS = {para(R2270, "9"): I, para(R2321, "15"): I, para(R2375, "17"): I, para(R2397, "8"): I}

DPRK_CASES = [
    Case("pantsir", "arms_transfer", "RUS", "PRK", "air-defence-system", "Pantsir air-defence system", "2024-11",
         "2025-05-29", {para(R1874, "10"): B, para(R1718, "8(a)(i)"): I, para(R2397, "7"): I}),
    Case("shells", "arms_transfer", "PRK", "RUS", "ammunition", "artillery shells", "2023-08", "2025-05-29",
         {para(R1874, "9"): B, para(R1718, "8(b)"): I}),
    Case("rockets-240mm", "arms_transfer", "PRK", "RUS", "ammunition", "240 mm rockets", "2024-10", "2025-05-29",
         {para(R1874, "9"): B, para(R1718, "8(b)"): B}),
    Case("launchers-and-guns", "arms_transfer", "PRK", "RUS", "artillery",
         "multiple rocket launchers and Koksan self-propelled guns", "2024-11", "2025-05-29",
         {para(R1874, "9"): B, para(R1718, "8(b)"): B}),
    Case("small-arms-2010-no-notice", "arms_transfer", "BLR", "PRK", "small-arms", "rifles", "2010-05", "2011-02-01",
         {para(R1874, "10 [notification]"): B}, notified=False),
    Case("small-arms-2010-notified", "arms_transfer", "CZE", "PRK", "small-arms", "rifles", "2010-05", "2011-02-01",
         {}, notified=True),
    Case("small-arms-ammunition-2010", "arms_transfer", "SRB", "PRK", "ammunition", "rifle cartridges", "2010-06",
         "2011-02-01", {para(R1874, "10 [notification]"): I}),
    Case("small-arms-2017", "arms_transfer", "BLR", "PRK", "small-arms", "rifles", "2017-05", "2018-03-01",
         {para(R2270, "6"): B}),
    Case("small-arms-ammunition-2017", "arms_transfer", "BLR", "PRK", "ammunition", "rifle cartridges", "2017-05",
         "2018-03-01", {para(R2270, "6"): B}),
    Case("troops", "troop_deployment", "PRK", "RUS", None, None, "2024-10", "2025-05-29",
         {para(R1718, "8(c)"): I, para(R1874, "9"): I, **TROOP_READINGS}),
    Case("missile-crews", "troop_deployment", "PRK", "RUS", None, "KN-23 launch crews", "2025-01", "2025-05-29",
         {para(R1718, "8(c)"): B, para(R1874, "9"): B, **TROOP_READINGS}),
    Case("training-by-russia", "technology_transfer", "RUS", "PRK", "uav",
         "training of DPRK soldiers in drone warfare", "2024-03", "2025-05-29",
         {para(R1874, "10"): B, para(R1718, "8(c)"): I}),
    Case("drone-production-agreed", "technology_transfer", "RUS", "PRK", "uav", "help with drone production", None,
         "2025-06-20", {para(R1874, "10"): B, para(R2270, "8"): B, para(R2321, "11"): B,
                        para(R1718, "8(a)(ii)"): I, para(R1718, "8(c)"): I}, status="agreed"),
    Case("drone-production-delivered", "technology_transfer", "RUS", "PRK", "uav", "Geran-2 drone production",
         "2025-05", "2025-06-20", {para(R1874, "10"): B, para(R2270, "8"): B, para(R2321, "11"): B,
                                   para(R1718, "8(a)(ii)"): B, para(R1718, "8(c)"): B}),
    Case("old-transfer-reported-late", "arms_transfer", "UKR", "PRK", "small-arms", "rifles", "2012", "2025-06-01",
         {para(R1874, "10 [notification]"): I}),
    Case("undated-shells", "arms_transfer", "PRK", "SYR", "ammunition", "artillery shells", None, "2025-06-02",
         {para(R1874, "9"): B, para(R1718, "8(b)"): I}),
]
# Wrong hooks the review named: drone-production help must never engage these.
NEVER_FOR_DRONE_HELP = {para(R1874, "23"), para("S/RES/2087 (2013)", "5"), para(R2270, "7"), para(R2270, "17"),
                        para(R2321, "10")}

R1737, R1747, R1929, R2231 = "S/RES/1737 (2006)", "S/RES/1747 (2007)", "S/RES/1929 (2010)", "S/RES/2231 (2015)"
R2216, R2624 = "S/RES/2216 (2015)", "S/RES/2624 (2022)"
SNAPBACK = "binding on the view of the UN Secretariat and the E3; contested by RUS, CHN, IRN"

# The six cases of the Iran and Yemen notes, and a DPRK paragraph replaced by a later one.
IRAN_CASES = [
    Case("shahed-to-russia-2022", "arms_transfer", "IRN", "RUS", "uav", "Shahed-136 drones", "2022-09", "2022-10-20",
         {para(R2231, "B.4"): B}, attributed_to="E3 governments"),
    Case("fath-360-to-russia-2024", "arms_transfer", "IRN", "RUS", "missile", "Fath-360 ballistic missiles", "2024-09",
         "2024-09-10", {}),
    Case("drones-to-russia-november-2025", "arms_transfer", "IRN", "RUS", "uav", "Shahed-136 drones", "2025-11",
         "2025-11-20", {para(R1747, "5"): B, para(R1737, "7"): B}),
    Case("su-35-to-iran-november-2025", "arms_transfer", "RUS", "IRN", "aircraft", "Su-35 fighter jets", "2025-11",
         "2025-11-25", {para(R1929, "8"): B}),
    Case("su-35-to-iran-2024", "arms_transfer", "RUS", "IRN", "aircraft", "Su-35 fighter jets", "2024-06",
         "2024-07-01", {}),
    Case("shahed-to-russia-before-transition-day", "arms_transfer", "IRN", "RUS", "uav", "Shahed-136 drones",
         "2023-10-17", "2023-11-01", {para(R2231, "B.4"): B}),
    Case("shahed-to-russia-after-transition-day", "arms_transfer", "IRN", "RUS", "uav", "Shahed-136 drones",
         "2023-10-18", "2023-11-01", {}),
    Case("drone-plant-materials-2024", "technology_transfer", "IRN", "RUS", "uav", "Shahed drone production kits",
         "2024-04", "2024-05-01", {}),
]
CONTESTED_CASES = {"drones-to-russia-november-2025", "su-35-to-iran-november-2025"}
# Iranian missiles for the Houthis (case 5): the recipient is a party, so the event carries to_party.
HOUTHI_CASES = [
    ({"kind": "arms_transfer", "supplier": "IRN", "recipient": "YEM", "recipient_party": "houthis",
      "claim_date": "2025-03-01", "article_date": "2025-03-20",
      "items": [{"item": "anti-ship ballistic missiles", "category": "missile", "notified": None}]},
     {para(R2216, "14"): B, para(R2624, "5"): B}),
    ({"kind": "arms_transfer", "supplier": "IRN", "recipient": "YEM", "recipient_party": "houthis",
      "claim_date": "2025-11-01", "article_date": "2025-11-20",
      "items": [{"item": "Shahed-136 drones", "category": "uav", "notified": None}]},
     {para(R2216, "14"): B, para(R2624, "5"): B, para(R1747, "5"): B, para(R1737, "7"): B}),
    ({"kind": "arms_transfer", "supplier": "IRN", "recipient": "YEM", "recipient_party": None,
      "claim_date": "2025-03-01", "article_date": "2025-03-20",
      "items": [{"item": "anti-ship ballistic missiles", "category": "missile", "notified": None}]},
     {}),  # to Yemen's government: the 2140 regime targets the party, not the state
]

# Case 5 on the graph: the recipient is the Houthis (a party based in Yemen), so the 2140 regime reaches it.
HOUTHI_GRAPH_CASES = [
    Case("missiles-to-the-houthis-2025", "arms_transfer", "IRN", "YEM", "missile", "anti-ship ballistic missiles",
         "2025-03", "2025-03-20", {para(R2216, "14"): B, para(R2624, "5"): B}, parties={"to_party": "houthis"}),
    Case("drones-to-the-houthis-after-snapback", "arms_transfer", "IRN", "YEM", "uav", "Shahed-136 drones",
         "2025-11", "2025-11-20", {para(R2216, "14"): B, para(R2624, "5"): B, para(R1747, "5"): B,
                                   para(R1737, "7"): B}, parties={"to_party": "houthis"}),
    Case("missiles-to-yemen-government", "arms_transfer", "IRN", "YEM", "missile", "anti-ship ballistic missiles",
         "2025-03", "2025-03-20", {}),
]

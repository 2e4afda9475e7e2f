"""The law as data: sanctions regimes, their resolutions and paragraphs (`data/law/<regime>.yaml`), the item
classes they cover (`data/law/item-classes.yaml`), the windows in which they apply, and applying them to events."""

from kg.law.assess import BREACH, INTERPRETIVE, Law, assess_event, assess_events, event_date
from kg.law.classes import ItemClasses, ItemReading, read_item
from kg.law.files import (Activity, Condition, Direction, LawFile, Paragraph, Regime, Resolution, ServiceScope,
                          Window, paragraph_id)
from kg.law.loading import ITEM_CLASSES, law_files, list_law, load_all, load_item_classes, load_law, party_ids

__all__ = ["BREACH", "INTERPRETIVE", "ITEM_CLASSES", "Activity", "Condition", "Direction", "ItemClasses",
           "ItemReading", "Law", "LawFile", "Paragraph", "Regime", "Resolution", "ServiceScope", "Window",
           "assess_event", "assess_events", "event_date", "law_files", "list_law", "load_all", "load_item_classes", "load_law",
           "paragraph_id", "party_ids", "read_item"]

"""Extraction on real articles and on the seed article, read from `../shared` when it is beside the repository.

The texts are never copied into the repository: these tests skip when `../shared` is absent. The real set is
scored with its own scorer (`../shared/realdev/score.py`); the floors are the figures reached when the rules
were frozen, minus a small margin, so that a change that loses ground on real prose fails here.
"""

from __future__ import annotations

import json

import pytest

from bench import realdev_folds
from bench.extraction_quality import SEED_DIR, SEED_EXPECTED, blind, score
from kg.extract import extract_facts, read_article

MARGIN = 0.03
# Figures per fold and on all 14 articles at the end of round 12 (both folds opened since round 2; see the commit log
# and bench.extraction_quality); a run must stay above each minus MARGIN.
FLOORS = {"all": {"relation_f1": 1.00, "item_f1": 0.99, "quantity_recall": 1.00},
          "A": {"relation_f1": 1.00, "item_f1": 0.98, "quantity_recall": 1.00},
          "B": {"relation_f1": 1.00, "item_f1": 1.00, "quantity_recall": 1.00}}
# The blind sets (bench/heldout) at the end of round 30: folds C, E, G, I, L, N, P, R, X, Y, AC, AD, AH, AI, AJ,
# AK, AL, AM, AN, AO, AP, AT, AU, AV, AZ, BA, BB, BC, BD, BE, BF, BG, BH, BI, BJ, BK, BL, BM, BN, BO, BP, BQ, BU,
# BV, BW, BX, BY, BZ, CA, CB, CC, CD, CE, CF, CG, CH, CI, CJ, CK, CL, CM, CN and CO opened; D, F, H, J, K, M, O, Q,
# S, T, U, V, W, Z, AA and AB held out (scored in aggregate only); AE, AF and AG, written after round 12's rules were
# frozen, AQ, AR and AS, written after round 15's, AW, AX and AY, written after round 16's, and CP, CQ and CR,
# written in round 30 and never opened, held out too. Floors follow each fold's figure at the end of the round (two
# decimals); a loss is noted where it happened.
# C (opened) lost item F1 in round 22 (0.96 -> 0.95) and in round 23 (0.95 -> 0.91: its annotator files electronic
# warfare gear under sensor, most annotators of the sets under other, which the extractor now follows)
BLIND_FLOORS = {"C": {"relation_f1": 0.98, "item_f1": 0.91, "quantity_recall": 0.82},
                # D lost item F1 0.81 -> 0.80 in round 22 (aggregate only; held out, not examined)
                "D": {"relation_f1": 0.92, "item_f1": 0.80, "quantity_recall": 0.40},
                "E": {"relation_f1": 1.00, "item_f1": 0.84, "quantity_recall": 0.78},
                # F lost relation and item F1 in round 15 (0.72 -> 0.68, 0.52 -> 0.49; aggregate only; held out)
                "F": {"relation_f1": 0.68, "item_f1": 0.56, "quantity_recall": 0.75},
                "G": {"relation_f1": 0.98, "item_f1": 0.88, "quantity_recall": 0.87},
                # H lost relation precision in round 11 (0.77 -> 0.75 F1, aggregate only; held out, so not examined)
                # H lost item F1 in round 23 (0.82 -> 0.77) when electronic warfare gear moved from sensor to other,
                # the category most annotators of the opened sets give it (held out, not examined)
                "H": {"relation_f1": 0.77, "item_f1": 0.77, "quantity_recall": 0.62},
                "I": {"relation_f1": 0.91, "item_f1": 0.92, "quantity_recall": 0.89},
                # J (held out) lost relation F1 in round 23 (0.87 -> 0.86; aggregate only, not examined)
                "J": {"relation_f1": 0.86, "item_f1": 0.76, "quantity_recall": 0.65},
                "K": {"relation_f1": 0.72, "item_f1": 0.64, "quantity_recall": 0.28},
                # L (opened) lost item F1 in round 23 (0.92 -> 0.90)
                "L": {"relation_f1": 0.94, "item_f1": 0.90, "quantity_recall": 0.94},
                # M (held out) lost item F1 in round 23 (0.75 -> 0.73; aggregate only, not examined)
                "M": {"relation_f1": 0.89, "item_f1": 0.73, "quantity_recall": 0.65},
                # N (opened) lost item F1 in round 23 (0.87 -> 0.86)
                "N": {"relation_f1": 0.94, "item_f1": 0.86, "quantity_recall": 0.79},
                # O lost relation F1 in round 21 (0.70 -> 0.69; aggregate only; held out, not examined)
                # O lost relation F1 0.69 -> 0.67 in round 22 (aggregate only; held out, not examined)
                # O (held out) lost item F1 in round 23 (0.54 -> 0.53; aggregate only, not examined)
                "O": {"relation_f1": 0.67, "item_f1": 0.53, "quantity_recall": 0.67},
                "P": {"relation_f1": 0.97, "item_f1": 0.96, "quantity_recall": 0.81},
                # Q lost relation F1 0.73 -> 0.72 in round 22 (aggregate only; held out, not examined)
                "Q": {"relation_f1": 0.72, "item_f1": 0.59, "quantity_recall": 0.38},
                # R lost item F1 0.79 -> 0.78 in round 22 (opened)
                "R": {"relation_f1": 0.88, "item_f1": 0.80, "quantity_recall": 0.81},
                "S": {"relation_f1": 0.73, "item_f1": 0.67, "quantity_recall": 0.57},
                # T lost item F1 in round 16 (0.71 -> 0.69; aggregate only; held out, not examined)
                "T": {"relation_f1": 0.86, "item_f1": 0.72, "quantity_recall": 0.82},
                # U lost a little relation precision in round 11 (0.71 -> 0.70 F1, aggregate only; held out), and
                # relation and item F1 in round 16 (0.75 -> 0.73, 0.73 -> 0.69) while gaining quantity recall
                # U lost item F1 0.70 -> 0.69 in round 22 (aggregate only; held out, not examined)
                # U (held out) lost item F1 in round 23 (0.69 -> 0.67; aggregate only, not examined)
                "U": {"relation_f1": 0.76, "item_f1": 0.67, "quantity_recall": 0.65},
                # V lost relation F1 in round 15 (0.75 -> 0.71, aggregate only; held out, not examined)
                "V": {"relation_f1": 0.77, "item_f1": 0.67, "quantity_recall": 0.37},
                "W": {"relation_f1": 0.72, "item_f1": 0.76, "quantity_recall": 0.64},
                "X": {"relation_f1": 0.97, "item_f1": 0.95, "quantity_recall": 0.68},
                "Y": {"relation_f1": 0.94, "item_f1": 0.82, "quantity_recall": 0.89},
                "Z": {"relation_f1": 0.84, "item_f1": 0.80, "quantity_recall": 0.65},
                "AA": {"relation_f1": 0.71, "item_f1": 0.66, "quantity_recall": 0.59},
                "AB": {"relation_f1": 0.62, "item_f1": 0.63, "quantity_recall": 0.29},
                # AC (opened) lost relation F1 in round 16 (0.86 -> 0.84)
                "AC": {"relation_f1": 0.84, "item_f1": 0.78, "quantity_recall": 0.57},
                "AD": {"relation_f1": 0.95, "item_f1": 0.88, "quantity_recall": 0.68},
                "AE": {"relation_f1": 0.82, "item_f1": 0.71, "quantity_recall": 0.43},
                "AF": {"relation_f1": 0.75, "item_f1": 0.64, "quantity_recall": 0.65},
                "AG": {"relation_f1": 0.73, "item_f1": 0.61, "quantity_recall": 0.65},
                "AH": {"relation_f1": 0.91, "item_f1": 0.86, "quantity_recall": 0.77},
                "AI": {"relation_f1": 0.94, "item_f1": 0.91, "quantity_recall": 0.78},
                "AJ": {"relation_f1": 0.84, "item_f1": 0.69, "quantity_recall": 0.64},
                "AK": {"relation_f1": 0.88, "item_f1": 0.79, "quantity_recall": 0.91},
                "AL": {"relation_f1": 0.92, "item_f1": 0.86, "quantity_recall": 0.52},
                "AM": {"relation_f1": 0.83, "item_f1": 0.71, "quantity_recall": 0.44},
                # AN lost item F1 0.85 -> 0.84 in round 22 (opened)
                "AN": {"relation_f1": 0.89, "item_f1": 0.86, "quantity_recall": 0.77},
                "AO": {"relation_f1": 0.83, "item_f1": 0.80, "quantity_recall": 0.53},
                "AP": {"relation_f1": 0.81, "item_f1": 0.69, "quantity_recall": 0.67},
                "AQ": {"relation_f1": 0.85, "item_f1": 0.75, "quantity_recall": 0.55},
                # AR lost item F1 0.69 -> 0.68 in round 22 (aggregate only; held out, not examined)
                "AR": {"relation_f1": 0.72, "item_f1": 0.68, "quantity_recall": 0.44},
                # AS lost item F1 0.62 -> 0.60 in round 22 (aggregate only; held out, not examined)
                "AS": {"relation_f1": 0.78, "item_f1": 0.60, "quantity_recall": 0.38},
                "AT": {"relation_f1": 0.83, "item_f1": 0.68, "quantity_recall": 0.62},
                "AU": {"relation_f1": 0.78, "item_f1": 0.63, "quantity_recall": 0.47},
                "AV": {"relation_f1": 0.71, "item_f1": 0.64, "quantity_recall": 0.51},
                # AW lost item F1 in round 21 (0.57 -> 0.56; aggregate only; held out, not examined)
                "AW": {"relation_f1": 0.72, "item_f1": 0.60, "quantity_recall": 0.54},
                # AX lost relation F1 0.64 -> 0.63 in round 22 (aggregate only; held out, not examined)
                # AX (held out) lost relation F1 (0.63 -> 0.62) and item F1 (0.52 -> 0.51) in round 23 (not examined)
                "AX": {"relation_f1": 0.62, "item_f1": 0.51, "quantity_recall": 0.42},
                # AY lost relation F1 and quantity recall in round 18 (0.57 -> 0.56, 0.36 -> 0.34; aggregate only;
                # held out, not examined)
                "AY": {"relation_f1": 0.60, "item_f1": 0.51, "quantity_recall": 0.34},
                # AZ (opened) lost relation F1 in round 21 (0.85 -> 0.84)
                "AZ": {"relation_f1": 0.84, "item_f1": 0.75, "quantity_recall": 0.81},
                "BA": {"relation_f1": 0.81, "item_f1": 0.75, "quantity_recall": 0.57},
                "BB": {"relation_f1": 0.82, "item_f1": 0.76, "quantity_recall": 0.59},
                "BC": {"relation_f1": 0.85, "item_f1": 0.73, "quantity_recall": 0.78},
                "BD": {"relation_f1": 0.75, "item_f1": 0.69, "quantity_recall": 0.53},
                "BE": {"relation_f1": 0.82, "item_f1": 0.73, "quantity_recall": 0.64},
                # BF (opened) lost item F1 in round 21 (0.73 -> 0.72) and in round 23 (0.72 -> 0.67: its annotator
                # files electronic warfare gear under sensor)
                "BF": {"relation_f1": 0.82, "item_f1": 0.67, "quantity_recall": 0.72},
                # BG (opened) lost item F1 in round 21 (0.61 -> 0.60)
                "BG": {"relation_f1": 0.77, "item_f1": 0.67, "quantity_recall": 0.45},
                "BH": {"relation_f1": 0.70, "item_f1": 0.62, "quantity_recall": 0.37},
                "BI": {"relation_f1": 0.87, "item_f1": 0.76, "quantity_recall": 0.54},
                "BJ": {"relation_f1": 0.67, "item_f1": 0.63, "quantity_recall": 0.38},
                "BK": {"relation_f1": 0.73, "item_f1": 0.75, "quantity_recall": 0.64},
                # BL (opened) lost relation F1 in round 23 (0.92 -> 0.91)
                "BL": {"relation_f1": 0.91, "item_f1": 0.85, "quantity_recall": 0.68},
                "BM": {"relation_f1": 0.85, "item_f1": 0.79, "quantity_recall": 0.66},
                "BN": {"relation_f1": 0.85, "item_f1": 0.70, "quantity_recall": 0.31},
                "BO": {"relation_f1": 0.81, "item_f1": 0.64, "quantity_recall": 0.64},
                "BP": {"relation_f1": 0.73, "item_f1": 0.70, "quantity_recall": 0.56},
                "BQ": {"relation_f1": 0.68, "item_f1": 0.57, "quantity_recall": 0.53},
                # written in round 23, held out, opened in round 24
                "BU": {"relation_f1": 0.72, "item_f1": 0.60, "quantity_recall": 0.67},
                "BV": {"relation_f1": 0.56, "item_f1": 0.52, "quantity_recall": 0.31},
                "BW": {"relation_f1": 0.76, "item_f1": 0.64, "quantity_recall": 0.59},
                # written in round 24, held out, opened in round 25
                "BX": {"relation_f1": 0.65, "item_f1": 0.43, "quantity_recall": 0.32},
                "BY": {"relation_f1": 0.54, "item_f1": 0.42, "quantity_recall": 0.35},
                "BZ": {"relation_f1": 0.70, "item_f1": 0.64, "quantity_recall": 0.50},
                # written in round 25, held out, opened in round 26 (CA lost item F1 there: 0.556 -> 0.549)
                "CA": {"relation_f1": 0.64, "item_f1": 0.54, "quantity_recall": 0.75},
                "CB": {"relation_f1": 0.71, "item_f1": 0.51, "quantity_recall": 0.60},
                "CC": {"relation_f1": 0.69, "item_f1": 0.65, "quantity_recall": 0.54},
                # written in round 26, held out, opened in round 27
                "CD": {"relation_f1": 0.85, "item_f1": 0.74, "quantity_recall": 0.76},
                "CE": {"relation_f1": 0.66, "item_f1": 0.51, "quantity_recall": 0.25},
                "CF": {"relation_f1": 0.69, "item_f1": 0.60, "quantity_recall": 0.44},
                # written in round 27, held out, opened in round 28
                "CG": {"relation_f1": 0.74, "item_f1": 0.62, "quantity_recall": 0.41},
                "CH": {"relation_f1": 0.66, "item_f1": 0.52, "quantity_recall": 0.44},
                "CI": {"relation_f1": 0.63, "item_f1": 0.64, "quantity_recall": 0.58},
                # written in round 28, held out, opened in round 29
                "CJ": {"relation_f1": 0.73, "item_f1": 0.62, "quantity_recall": 0.58},
                "CK": {"relation_f1": 0.71, "item_f1": 0.68, "quantity_recall": 0.53},
                "CL": {"relation_f1": 0.74, "item_f1": 0.69, "quantity_recall": 0.74},
                # written in round 29, held out, opened in round 30
                "CM": {"relation_f1": 0.66, "item_f1": 0.59, "quantity_recall": 0.40},
                "CN": {"relation_f1": 0.65, "item_f1": 0.55, "quantity_recall": 0.57},
                "CO": {"relation_f1": 0.60, "item_f1": 0.57, "quantity_recall": 0.58},
                # written in round 30, held out, opened in round 31
                "CP": {"relation_f1": 0.70, "item_f1": 0.64, "quantity_recall": 0.40},
                "CQ": {"relation_f1": 0.86, "item_f1": 0.64, "quantity_recall": 0.79},
                "CR": {"relation_f1": 0.75, "item_f1": 0.67, "quantity_recall": 0.65},
                # written in round 31, held out, opened in round 32
                "CS": {"relation_f1": 0.64, "item_f1": 0.50, "quantity_recall": 0.70},
                "CT": {"relation_f1": 0.54, "item_f1": 0.52, "quantity_recall": 0.44},
                "CU": {"relation_f1": 0.81, "item_f1": 0.69, "quantity_recall": 0.46},
                # written in round 32, held out, opened in round 33
                "CV": {"relation_f1": 0.58, "item_f1": 0.55, "quantity_recall": 0.41},
                "CW": {"relation_f1": 0.77, "item_f1": 0.62, "quantity_recall": 0.58},
                "CX": {"relation_f1": 0.76, "item_f1": 0.60, "quantity_recall": 0.46},
                # written in round 33, held out, opened in round 34
                "CY": {"relation_f1": 0.78, "item_f1": 0.69, "quantity_recall": 0.52},
                "CZ": {"relation_f1": 0.67, "item_f1": 0.55, "quantity_recall": 0.44},
                "DA": {"relation_f1": 0.52, "item_f1": 0.42, "quantity_recall": 0.38},
                # written in round 34, held out, opened in round 35
                "DB": {"relation_f1": 0.47, "item_f1": 0.35, "quantity_recall": 0.22},
                "DC": {"relation_f1": 0.67, "item_f1": 0.55, "quantity_recall": 0.41},
                "DD": {"relation_f1": 0.67, "item_f1": 0.48, "quantity_recall": 0.32},
                # written in round 35, held out, opened in round 36
                "DE": {"relation_f1": 0.78, "item_f1": 0.66, "quantity_recall": 0.64},
                "DF": {"relation_f1": 0.62, "item_f1": 0.56, "quantity_recall": 0.21},
                "DG": {"relation_f1": 0.48, "item_f1": 0.45, "quantity_recall": 0.29},
                # written in round 36, held out, opened in round 37
                "DH": {"relation_f1": 0.59, "item_f1": 0.51, "quantity_recall": 0.39},
                "DI": {"relation_f1": 0.68, "item_f1": 0.56, "quantity_recall": 0.47},
                "DJ": {"relation_f1": 0.77, "item_f1": 0.75, "quantity_recall": 0.58},
                # written in round 37, held out, opened in round 38
                "DK": {"relation_f1": 0.53, "item_f1": 0.51, "quantity_recall": 0.50},
                "DL": {"relation_f1": 0.76, "item_f1": 0.61, "quantity_recall": 0.58},
                "DM": {"relation_f1": 0.67, "item_f1": 0.58, "quantity_recall": 0.52},
                # written in round 38, held out, opened in round 39
                "DN": {"relation_f1": 0.78, "item_f1": 0.70, "quantity_recall": 0.67},
                "DO": {"relation_f1": 0.79, "item_f1": 0.67, "quantity_recall": 0.60},
                "DP": {"relation_f1": 0.72, "item_f1": 0.67, "quantity_recall": 0.70},
                # written in round 39, held out, opened in round 40
                "DQ": {"relation_f1": 0.74, "item_f1": 0.66, "quantity_recall": 0.52},
                "DR": {"relation_f1": 0.60, "item_f1": 0.57, "quantity_recall": 0.42},
                "DS": {"relation_f1": 0.64, "item_f1": 0.42, "quantity_recall": 0.56},
                # written in round 40, held out, opened in round 41
                "DT": {"relation_f1": 0.70, "item_f1": 0.62, "quantity_recall": 0.47},
                "DU": {"relation_f1": 0.74, "item_f1": 0.61, "quantity_recall": 0.65},
                "DV": {"relation_f1": 0.58, "item_f1": 0.53, "quantity_recall": 0.40},
                # written in round 41, held out, opened in round 42
                "DW": {"relation_f1": 0.68, "item_f1": 0.61, "quantity_recall": 0.43},
                "DX": {"relation_f1": 0.64, "item_f1": 0.65, "quantity_recall": 0.45},
                "DY": {"relation_f1": 0.68, "item_f1": 0.56, "quantity_recall": 0.54},
                # written in round 42, held out, opened in round 43
                "DZ": {"relation_f1": 0.77, "item_f1": 0.68, "quantity_recall": 0.38},
                "EA": {"relation_f1": 0.70, "item_f1": 0.63, "quantity_recall": 0.54},
                "EB": {"relation_f1": 0.62, "item_f1": 0.48, "quantity_recall": 0.48},
                # written in round 43, held out, opened in round 44
                "EC": {"relation_f1": 0.80, "item_f1": 0.62, "quantity_recall": 0.59},
                "ED": {"relation_f1": 0.54, "item_f1": 0.53, "quantity_recall": 0.48},
                "EE": {"relation_f1": 0.78, "item_f1": 0.72, "quantity_recall": 0.73},
                # written in round 44, held out, opened in round 45
                "EF": {"relation_f1": 0.57, "item_f1": 0.56, "quantity_recall": 0.37},
                "EG": {"relation_f1": 0.71, "item_f1": 0.65, "quantity_recall": 0.29},
                "EH": {"relation_f1": 0.60, "item_f1": 0.64, "quantity_recall": 0.50},
                # written in round 45, held out, opened in round 46
                "EI": {"relation_f1": 0.68, "item_f1": 0.59, "quantity_recall": 0.41},
                "EJ": {"relation_f1": 0.52, "item_f1": 0.51, "quantity_recall": 0.37},
                "EK": {"relation_f1": 0.60, "item_f1": 0.54, "quantity_recall": 0.52},
                # written in round 46, held out, opened in round 47
                "EL": {"relation_f1": 0.64, "item_f1": 0.55, "quantity_recall": 0.49},
                "EM": {"relation_f1": 0.68, "item_f1": 0.59, "quantity_recall": 0.42},
                "EN": {"relation_f1": 0.78, "item_f1": 0.54, "quantity_recall": 0.56},
                # written in round 47, held out, opened in round 48
                "EO": {"relation_f1": 0.64, "item_f1": 0.58, "quantity_recall": 0.53},
                "EP": {"relation_f1": 0.61, "item_f1": 0.51, "quantity_recall": 0.51},
                "EQ": {"relation_f1": 0.60, "item_f1": 0.39, "quantity_recall": 0.29},
                # written in round 48, held out, scored with the rules at the start and at the end of round 48
                "ER": {"relation_f1": 0.69, "item_f1": 0.62, "quantity_recall": 0.50},
                "ES": {"relation_f1": 0.49, "item_f1": 0.35, "quantity_recall": 0.29},
                "ET": {"relation_f1": 0.88, "item_f1": 0.80, "quantity_recall": 0.72},
                "EU": {"relation_f1": 0.52, "item_f1": 0.55, "quantity_recall": 0.36},
                "EV": {"relation_f1": 0.65, "item_f1": 0.53, "quantity_recall": 0.40},
                "EW": {"relation_f1": 0.58, "item_f1": 0.49, "quantity_recall": 0.41},
                # written after round 48's rules were frozen, held out, scored once when added
                "EX": {"relation_f1": 0.93, "item_f1": 0.86, "quantity_recall": 0.75},
                "EY": {"relation_f1": 0.73, "item_f1": 0.58, "quantity_recall": 0.45},
                "EZ": {"relation_f1": 0.67, "item_f1": 0.60, "quantity_recall": 0.55},
                # written at the start of round 49, held out, scored with the rules at its start and at its end
                "FA": {"relation_f1": 0.83, "item_f1": 0.76, "quantity_recall": 0.69},
                "FB": {"relation_f1": 0.62, "item_f1": 0.47, "quantity_recall": 0.35},
                "FC": {"relation_f1": 0.69, "item_f1": 0.62, "quantity_recall": 0.44},
                # written at the start of round 50, held out, scored with the rules at its start and at its end
                "FD": {"relation_f1": 0.78, "item_f1": 0.77, "quantity_recall": 0.52},
                "FE": {"relation_f1": 0.61, "item_f1": 0.47, "quantity_recall": 0.32},
                "FF": {"relation_f1": 0.83, "item_f1": 0.70, "quantity_recall": 0.59},
                # written at the start of round 51, held out, scored with the rules at its start and at its end
                "FG": {"relation_f1": 0.80, "item_f1": 0.72, "quantity_recall": 0.79},
                "FH": {"relation_f1": 0.70, "item_f1": 0.63, "quantity_recall": 0.48},
                "FI": {"relation_f1": 0.72, "item_f1": 0.67, "quantity_recall": 0.59},
                # written at the start of round 52, held out, scored with the rules at its start and at its end
                "FJ": {"relation_f1": 0.68, "item_f1": 0.60, "quantity_recall": 0.57},
                "FK": {"relation_f1": 0.75, "item_f1": 0.68, "quantity_recall": 0.71},
                "FL": {"relation_f1": 0.78, "item_f1": 0.61, "quantity_recall": 0.64},
                # written at the start of round 53, held out, scored with the rules at its start and at its end
                "FM": {"relation_f1": 0.62, "item_f1": 0.44, "quantity_recall": 0.48},
                "FN": {"relation_f1": 0.78, "item_f1": 0.69, "quantity_recall": 0.56},
                "FO": {"relation_f1": 0.67, "item_f1": 0.67, "quantity_recall": 0.56},
                # written at the start of round 54, held out, scored with the rules at its start and at its end
                "FP": {"relation_f1": 0.68, "item_f1": 0.62, "quantity_recall": 0.61},
                "FQ": {"relation_f1": 0.74, "item_f1": 0.64, "quantity_recall": 0.62},
                "FR": {"relation_f1": 0.74, "item_f1": 0.62, "quantity_recall": 0.48},
                # written at the start of round 55, held out, scored with the rules at its start and at its end
                "FS": {"relation_f1": 0.75, "item_f1": 0.67, "quantity_recall": 0.58},
                "FT": {"relation_f1": 0.78, "item_f1": 0.65, "quantity_recall": 0.61},
                "FU": {"relation_f1": 0.72, "item_f1": 0.66, "quantity_recall": 0.54},
                # written at the start of round 56, held out, scored with the rules at its start and at its end
                "FV": {"relation_f1": 0.73, "item_f1": 0.59, "quantity_recall": 0.50},
                "FW": {"relation_f1": 0.70, "item_f1": 0.64, "quantity_recall": 0.67},
                "FX": {"relation_f1": 0.62, "item_f1": 0.55, "quantity_recall": 0.51}}
# Facts the extractor still takes from articles that state none: fold K's fact-check article (round 8), fold O's
# two no-fact articles (round 9, held out), those of folds Q and S (round 10), of T, U and V (round 11) and of AA
# and AB (round 12), of AE and AG (written after it), all held out, of AK (round 14, opened in round 15), of AN
# and AO (round 15, opened in round 16), of AR and AS (written after round 15's rules were frozen, held out) and of
# AT, AU and AV (round 16, opened in round 17), of AY (written after it, held out), of BA, BC and BE (rounds 17 and
# 18, opened a round later), of BG (written after round 18's rules were frozen, opened in round 20), of BK (round
# 20, opened in round 21) and of BP and BQ (round 22, held out). AB's no-fact article gained a fact in round 16 (1
# -> 2; held out, not examined). Round 21 took fewer facts from those of K, S, T, V, AG, AS, AU, BI and BK, and round
# 22 from those of AV, BA, BE, BL and BN (counts only; the held-out ones not examined); the ceilings came down.
# AY's no-fact article (held out, not examined) gained a fact with round 23's first rules (firms as parties, "fly")
# (2 -> 3). BV's (round 23, opened in round 24) gives one fact with the rules before and after round 23. BX's
# (round 24, opened in round 25) gave four facts with the rules before and after round 24 and none after round 25
# (speculation). CA's and CC's (round 25, opened in round 26) give one each with the rules before and after rounds 25
# and 26. CF's (round 26, opened in round 27) gives one with the rules before and after rounds 26 and 27; CD's and
# CE's give none. CG's, CH's and CI's (round 27, opened in round 28) give one each with the rules before and after
# rounds 27 to 29. Of round 28's (opened in round 29), CJ's gives none, CK's one and CL's three, before and after
# rounds 28 and 29; of round 29's (opened in round 30), CM's three, CN's none and CO's one, before and after
# rounds 29 and 30. Of round 30's (opened in round 31), CP's gives none and CQ's one before and after rounds 30 and
# 31; CR's gave three before round 30 and four after it and after round 31. Round 31's (opened in round 32) give
# none, before and after rounds 31 and 32. Of round 32's (opened in round 33), CV's and CW's give one each and CX's
# none, before and after rounds 32 and 33. Of round 33's (opened in round 34), CY's gives none and CZ's and DA's
# one each before and after round 33; CZ's gives none after round 34 (a share of world exports). Round 34's (opened
# in round 35) give none before and after rounds 34 and 35. Of round 35's (opened in round 36), DE's gives two, DF's
# one and DG's none, before and after round 35. Of round 36's (opened in round 37), DH's and DI's give none and DJ's
# one, before and after round 37. Round 37's (opened in round 38) give none, before and after rounds 37 and 38. Of
# round 38's (opened in round 39), DN's and DO's give none and DP's three, before and after rounds 38 and 39. Round
# 39's (opened in round 40) give none, before and after rounds 39 and 40. Of round 40's (opened in round 41), DT's
# gives one and DU's and DV's none, before and after rounds 40 and 41. Of round 41's (opened in round 42), DW's gives
# five, DX's one and DY's two, before and after rounds 41 and 42. Round 42's (opened in round 43) give none, before
# and after rounds 42 and 43. Round 43's (opened in round 44) give none, before and after rounds 43 and 44. Round
# 44's (opened in round 45) give none, before and after rounds 44 and 45. Of round 45's (opened in round 46), EI's
# gives one and EJ's and EK's none, before and after rounds 45 and 46. Round 46's (opened in round 47) give none,
# before and after rounds 46 and 47. Round 47's (opened in round 48) give none, before and after rounds 47 and
# 48. Of round 48's six (held out), ET's and EU's give one each and the other four none, before and after round 48
# (counts only). Of the three written after round 48's rules were frozen (held out), EZ's gives two and EX's and
# EY's none (counts only). Of the three written at the start of round 49 (held out), FA's gives four, FB's one and
# FC's none with the rules of the round's start (counts only). Of the three written at the start of round 50 (held
# out), FD's gives one and FE's and FF's none with the rules of the round's start (counts only); of the three written
# at the start of round 51 (held out), none gives any with the rules of the round's start (counts only); of the three
# written at the start of round 52 (held out), FL's gives one and FJ's and FK's none with the rules of the round's
# start (counts only); of the three written at the start of round 53 (held out), FN's gives two, FO's three and FM's
# none with the rules of the round's start (counts only); of the three written at the start of round 54 (held out),
# FP's and FQ's give one each and FR's none with the rules of the round's start (counts only); of the three written
# at the start of round 55 (held out), FU's gives two and FS's and FT's none with the rules of the round's start
# (counts only); of the three written at the start of round 56 (held out), none gives a fact with the rules of the
# round's start (counts only).
NO_FACT_CEILING = {"O": 4, "Q": 2, "S": 2, "T": 2, "U": 3, "AA": 3, "AB": 2, "AE": 2, "AK": 1, "AN": 1, "AO": 1,
                   "AR": 1, "AS": 2, "AT": 1, "AV": 2, "AY": 3, "BA": 1, "BC": 2, "BE": 1, "BG": 1, "BK": 1, "BP": 1,
                   "BQ": 2, "BV": 1, "CA": 1, "CC": 1, "CF": 1, "CG": 1, "CH": 1, "CI": 1,
                   "CK": 1, "CL": 3, "CM": 3, "CO": 1, "CQ": 1, "CR": 4, "CV": 1, "CW": 1, "DA": 1, "DE": 2,
                   "DF": 1, "DJ": 1, "DP": 3, "DT": 1, "DW": 5, "DX": 1, "DY": 2, "EI": 1, "ET": 1, "EU": 1,
                   "EZ": 2, "FA": 4, "FB": 1, "FD": 1, "FL": 1, "FN": 2, "FO": 3, "FP": 1,
                   "FQ": 1, "FU": 2}


def _results(scorer) -> dict[str, tuple[list[dict], list[dict]]]:
    found = {}
    for name, article, gold in realdev_folds.realdev_articles():
        facts = extract_facts(read_article(article), name=str(article)).to_json_dict()["facts"]
        found[name] = (scorer.load_facts(str(gold), lambda message: None), facts)
    return found


@pytest.fixture(scope="module")
def realdev():
    scorer = realdev_folds.official_scorer()
    articles = realdev_folds.realdev_articles()
    if scorer is None or len(articles) < 14:
        pytest.skip("the real-article set is not beside the repository (../shared/realdev)")
    results = _results(scorer)
    return results, realdev_folds.score_folds(results, scorer)


def test_the_real_set_stays_above_its_floors(realdev) -> None:
    _, figures = realdev
    for label, floors in FLOORS.items():
        for key, floor in floors.items():
            assert figures[label][key] >= floor - MARGIN, (label, key, figures[label][key])


def test_articles_that_state_no_fact_give_none(realdev) -> None:
    results, _ = realdev
    assert {name: len(results[name][1]) for name in realdev_folds.NO_FACT} == dict.fromkeys(realdev_folds.NO_FACT, 0)


def test_the_folds_cover_the_set_once() -> None:
    names = [name for fold in realdev_folds.FOLDS.values() for name in fold]
    assert len(names) == len(set(names)) == 14
    assert all(any(name in fold for fold in realdev_folds.FOLDS.values()) for name in realdev_folds.NO_FACT)
    assert {realdev_folds.fold_of(name) for name in realdev_folds.NO_FACT} == set(realdev_folds.FOLDS)


def test_the_seed_article_still_gives_its_facts() -> None:
    articles = sorted(SEED_DIR.glob("*.txt")) if SEED_DIR.is_dir() else []
    if not articles:
        pytest.skip("the seed article is not beside the repository (../shared/seed)")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    extracted = extract_facts(read_article(articles[0]), name=str(articles[0])).to_json_dict()
    figures = score([(expected, extracted)])
    assert figures["relation"]["f1"] == figures["item"]["f1"] == figures["quantity"]["recall"] == 1.0


def test_the_blind_set_stays_above_its_floors() -> None:
    if realdev_folds.official_scorer() is None:
        pytest.skip("the realdev scorer is not beside the repository (../shared/realdev/score.py)")
    figures = blind()["blind"]
    for label, floors in BLIND_FLOORS.items():
        for key, floor in floors.items():
            assert figures[label][key] >= floor - MARGIN, (label, key, figures[label][key])
    for fold in BLIND_FLOORS:
        assert figures[fold]["no_fact_output"] <= NO_FACT_CEILING.get(fold, 0), fold

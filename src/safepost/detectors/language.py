"""(being written)"""
DETECTORS: list = []

"""Policy packs: a school's social media policy as data."""
from safepost.packs.loader import PackError, builtin_ids, load_pack, load_pack_file
from safepost.packs.schema import Clause, ContactRule, Pack, Rule, Settings

__all__ = ["Clause", "ContactRule", "Pack", "PackError", "Rule", "Settings",
           "builtin_ids", "load_pack", "load_pack_file"]

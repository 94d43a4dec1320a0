"""Hamroh: a Telegram companion bot for Uzbek labour migrants and students of migration."""

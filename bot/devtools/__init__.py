"""Tools for developers, not used by the running bot: the fake Bot API server."""

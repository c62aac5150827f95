"""The Streamlit config of a local tool (issue 5): loopback only, no statistics, XSRF on, bounded uploads."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

CONFIG = Path(__file__).resolve().parents[1] / ".streamlit" / "config.toml"


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    with CONFIG.open("rb") as fh:
        return tomllib.load(fh)


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("server", "address", "127.0.0.1"),
        ("server", "port", 8501),
        ("server", "headless", True),
        ("server", "fileWatcherType", "none"),
        ("server", "enableXsrfProtection", True),
        ("server", "runOnSave", False),
        ("browser", "gatherUsageStats", False),
        ("runner", "magicEnabled", False),
    ],
)
def test_server_setting(config: dict[str, Any], section: str, key: str, value: object) -> None:
    assert config[section][key] == value


def test_upload_limit_is_set_and_modest(config: dict[str, Any]) -> None:
    assert 1 <= config["server"]["maxUploadSize"] <= 200


def test_theme_is_set(config: dict[str, Any]) -> None:
    assert config["theme"]["base"] == "light"
    assert config["theme"]["primaryColor"].startswith("#")


def test_streamlit_accepts_every_option(config: dict[str, Any]) -> None:
    """Every key is a real Streamlit option (a typo would be ignored silently by Streamlit)."""
    from streamlit import config as st_config

    known = set(st_config._config_options_template)
    for section, values in config.items():
        for key in values:
            assert f"{section}.{key}" in known, f"{section}.{key}"

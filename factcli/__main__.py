"""`python -m factcli`."""

from factcli.cli.main import main

if __name__ == "__main__":
    main()

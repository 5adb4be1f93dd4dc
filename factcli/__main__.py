"""`python -m factcli`."""

from .fastpath import main

if __name__ == "__main__":
    main()

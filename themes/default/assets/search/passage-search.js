/* Search client: see the search issue. */

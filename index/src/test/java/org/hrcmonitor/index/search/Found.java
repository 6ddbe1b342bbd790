package org.hrcmonitor.index.search;

import java.util.Set;
import java.util.stream.Collectors;

/** What a search finds, as the set of hit ids, for tests that ask which documents a query reaches. */
final class Found {
    private Found() {}

    static Set<String> ids(Searcher searcher, String query) throws Exception {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(Hit::id).collect(Collectors.toSet());
    }
}

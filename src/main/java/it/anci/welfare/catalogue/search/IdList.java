package it.anci.welfare.catalogue.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Card ids bound to SQL as one text parameter {@code :ids}, kept in their order: the rows
 * of a page, a feed or an export come back in the order the search chose.
 */
final class IdList {

	/**
	 * The ids bound as {@code :ids} (see {@link #of}) with their position, to keep the
	 * query's order. One text parameter rather than one parameter per id: PostgreSQL
	 * accepts at most 65,535 parameters per statement.
	 */
	static final String IN_ORDER = "unnest(cast(string_to_array(:ids, ',') as bigint[])) "
			+ "with ordinality as wanted(id, position)";

	private IdList() {
	}

	static String of(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}

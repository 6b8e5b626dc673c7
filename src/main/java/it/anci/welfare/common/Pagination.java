package it.anci.welfare.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a paginated list is and the addresses of its other pages: one shape for every
 * list, shown by the fragment {@code fragments/pagination :: pages}.
 *
 * @param page the page shown, from 1
 * @param pageCount at least 1
 * @param urlOfPage the address of a page of the same list (same filters)
 */
public record Pagination(int page, int pageCount, IntFunction<String> urlOfPage) {

	/**
	 * Pages needed for {@code total} items, at least one (an empty list has one, empty,
	 * page).
	 */
	public static int pageCount(long total, int pageSize) {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	/** The page asked for, kept within the pages there are. */
	public static int clamp(int asked, int pageCount) {
		return Math.min(Math.max(asked, 1), pageCount);
	}

	public String url(int otherPage) {
		return this.urlOfPage.apply(otherPage);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pageCount;
	}

	/**
	 * Page numbers to show: the first, the last and the neighbours of the current one; 0
	 * stands for a gap.
	 */
	public List<Integer> links() {
		List<Integer> pages = new ArrayList<>();
		for (int p = 1; p <= this.pageCount; p++) {
			if (p == 1 || p == this.pageCount || Math.abs(p - this.page) <= 1) {
				pages.add(p);
			}
			else if (pages.get(pages.size() - 1) != 0) {
				pages.add(0);
			}
		}
		return pages;
	}

}

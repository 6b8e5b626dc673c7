package it.anci.welfare.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import it.anci.welfare.alerts.SearchAlerts.Alert;
import it.anci.welfare.alerts.SearchAlerts.Recipient;
import it.anci.welfare.catalogue.search.CatalogueFilters;
import it.anci.welfare.catalogue.CatalogueQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subscriptions read back as their pages show them, found by one of their private
 * links; {@link SearchAlerts} changes them.
 */
@Component
@Transactional(readOnly = true)
class AlertQueries {

	private static final String ALERT_COLUMNS = """
			select a.parameters, a.frequency, a.confirmed_at is not null, a.unsubscribe_token, r.manage_token, a.confirm_by
			from search_alert a join alert_recipient r on r.id = a.recipient_id""";

	private final JdbcClient jdbc;

	private final CatalogueFilters filters;

	private final Clock clock;

	AlertQueries(JdbcClient jdbc, CatalogueFilters filters, Clock clock) {
		this.jdbc = jdbc;
		this.filters = filters;
		this.clock = clock;
	}

	/**
	 * The subscription a confirmation link asks to confirm, still unconfirmed (expired or
	 * not).
	 */
	Optional<Alert> awaitingConfirmation(UUID confirmToken) {
		return this.jdbc.sql(ALERT_COLUMNS + " where a.confirm_token = ?")
			.param(confirmToken)
			.query(this::alert)
			.optional();
	}

	Optional<Alert> byUnsubscribeToken(UUID unsubscribeToken) {
		return this.jdbc.sql(ALERT_COLUMNS + " where a.unsubscribe_token = ?")
			.param(unsubscribeToken)
			.query(this::alert)
			.optional();
	}

	Optional<Recipient> recipient(UUID manageToken) {
		Optional<String> email = this.jdbc.sql("select email from alert_recipient where manage_token = ?")
			.param(manageToken)
			.query(String.class)
			.optional();
		return email.map(address -> new Recipient(address, manageToken,
				this.jdbc.sql(ALERT_COLUMNS + " where r.manage_token = ? order by a.created_at, a.id")
					.param(manageToken)
					.query(this::alert)
					.list()));
	}

	long confirmedCount() {
		return this.jdbc.sql("select count(*) from search_alert where confirmed_at is not null")
			.query(Long.class)
			.single();
	}

	/** The stored search read back as a catalogue query. */
	CatalogueQuery query(SavedSearch search) {
		return this.filters.parse(search.asMap());
	}

	private Alert alert(ResultSet rs, int row) throws SQLException {
		CatalogueQuery query = query(new SavedSearch(rs.getString(1)));
		return new Alert(AlertMails.summary(query), query.onPage(1).url(), Frequency.valueOf(rs.getString(2)),
				rs.getBoolean(3), rs.getObject(4, UUID.class), rs.getObject(5, UUID.class),
				!rs.getBoolean(3) && rs.getTimestamp(6).toInstant().isBefore(this.clock.instant()));
	}

}

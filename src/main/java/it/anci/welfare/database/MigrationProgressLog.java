package it.anci.welfare.database;

import java.util.Map;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Says in plain words what the first start is loading, so that an operator watching an
 * empty data folder fill up knows the portal is working and on what (Flyway picks up
 * callback beans by itself).
 */
@Component
class MigrationProgressLog implements Callback {

	private static final Logger log = LoggerFactory.getLogger(MigrationProgressLog.class);

	/**
	 * Reference data and seed content, by the description of the migration that loads
	 * them.
	 */
	private static final Map<String, String> LOADS = Map.of("LoadTerritory",
			"the ISTAT territory (20 regions, 107 provinces, 7,904 comuni)", "LoadTaxonomy", "the taxonomy lists",
			"LoadDocumentedPractices", "the documented practice cards", "LoadNewsAndMeetings", "the news and meetings",
			"LoadDocumentTemplates", "the document templates");

	private long startedAt;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		if (event == Event.BEFORE_MIGRATE) {
			this.startedAt = System.nanoTime();
			return;
		}
		if (event == Event.AFTER_MIGRATE) {
			if (this.startedAt != 0 && context.getMigrationInfo() == null) {
				log.info("Database ready ({} ms of migrations)", (System.nanoTime() - this.startedAt) / 1_000_000);
			}
			return;
		}
		MigrationInfo migration = context.getMigrationInfo();
		String loads = LOADS.get(migration.getDescription().replace(" ", ""));
		if (loads != null) {
			log.info("First start: loading {} (migration {})", loads, migration.getVersion());
		}
	}

	@Override
	public String getCallbackName() {
		return "progress log";
	}

}

package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loaded the first seed (documented and example cards) until the documented catalogue
 * replaced it: V10 removes those cards from existing installs and V11 loads the
 * documented catalogue. Kept, empty, so that the migration history of existing installs
 * stays valid.
 */
public class V6__LoadPractices extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		// nothing to load any more: see V11__LoadDocumentedPractices
	}

}

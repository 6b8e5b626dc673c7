package it.anci.welfare.common;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits on how often something may be done, per key (an address, an e-mail): Bucket4j
 * token buckets kept in PostgreSQL, so that every instance of the portal counts together
 * and a restart forgets nothing.
 */
@Component
public class RateLimits {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	private final ProxyManager<String> proxies;

	RateLimits(DataSource dataSource) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
			.build();
		this.proxies = this.buckets;
	}

	/**
	 * Takes one of the {@code times} allowed per {@code period} for {@code key}; false
	 * when they are used up. A bucket refills little by little, so that the allowance
	 * comes back over the period.
	 */
	public boolean tryAcquire(String key, int times, Duration period) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(limit -> limit.capacity(times).refillGreedy(times, period))
			.build();
		return this.proxies.getProxy(key, () -> configuration).tryConsume(1);
	}

	/** Buckets full again take no room. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void removeExpired() {
		while (this.buckets.removeExpired(1000) == 1000) {
			// another batch
		}
	}

}

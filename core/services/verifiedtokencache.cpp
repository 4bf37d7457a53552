#include "services/verifiedtokencache.h"

#include <QMutexLocker>

namespace authdesk {

VerifiedTokenCache::VerifiedTokenCache(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity))
{ }

std::optional<VerifiedTokenCache::Entry> VerifiedTokenCache::find(const QByteArray &digest) const
{
    const QMutexLocker locker(&m_mutex);
    const auto it = m_entries.constFind(digest);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

void VerifiedTokenCache::insert(const QByteArray &digest, const Entry &entry, qint64 nowSecs)
{
    const QMutexLocker locker(&m_mutex);
    if (m_entries.size() >= m_capacity && !m_entries.contains(digest)) {
        m_entries.removeIf([nowSecs](const auto &it) { return it.value().expiresAt <= nowSecs; });
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
    }
    m_entries.insert(digest, entry);
}

qsizetype VerifiedTokenCache::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_entries.size();
}

} // namespace authdesk

#pragma once

#include "domain/error.h"
#include "domain/result.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <optional>

namespace authdesk {

// The lazy paging that the Sessions and Audit log tables share: the first chunk of rows comes with
// each reload, the next ones as the view scrolls (canFetchMore/fetchMore). A subclass says how to load
// the chunk after its last row and how to count; it keeps its columns and its filter.
//
// Counting is the costly part with a million rows, so it is done only when the first chunk is full
// (otherwise the chunk is the whole answer) and stops at CountLimit + 1: beyond that the page says
// "more than CountLimit". Whether more rows exist is known from the last chunk, not from the count.
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int ChunkSize = 200;
    static constexpr int CountLimit = 10000;

    // How many rows match, loaded or not; a lower bound when totalIsLowerBound().
    int totalCount() const { return std::max(m_total, static_cast<int>(m_rows.size())); }
    // More than CountLimit rows match, and the exact number was not counted.
    bool totalIsLowerBound() const { return m_totalIsLowerBound && m_hasMore; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_hasMore; }

    void fetchMore(const QModelIndex &parent) override
    {
        // No chunk may be inserted while views hear of another change: a view (or
        // QAbstractItemModelTester) that calls fetchMore() from its slots would otherwise insert rows
        // in the middle of that change.
        if (m_changing || !canFetchMore(parent))
            return;
        Result<QList<Row>> chunk = loadChunk(&m_rows.constLast(), static_cast<int>(m_rows.size()), ChunkSize);
        if (!chunk) {
            m_hasMore = false; // or a view would ask again at once and fail in a loop
            reportFailure(chunk.error());
            return;
        }
        m_hasMore = chunk->size() == ChunkSize;
        if (chunk->isEmpty())
            return;
        const int first = static_cast<int>(m_rows.size());
        m_changing = true;
        beginInsertRows({}, first, first + static_cast<int>(chunk->size()) - 1);
        m_rows.append(*chunk);
        endInsertRows();
        m_changing = false;
    }

protected:
    explicit PagedTableModel(QObject *parent)
        : QAbstractTableModel(parent)
    { }

    // At most `limit` rows that follow `last` (the first ones when null) in the model's order; `loaded`
    // rows are loaded so far, for sources that page by offset.
    virtual Result<QList<Row>> loadChunk(const Row *last, int loaded, int limit) = 0;
    // How many rows match, counting no further than atMost.
    virtual Result<int> countRows(int atMost) = 0;
    // Tells the page that loading failed; the table keeps what it had.
    virtual void reportFailure(const Error &error) = 0;

    // Loads the first chunk again, and the count when needed, in one reset of the model.
    void reload()
    {
        beginResetModel();
        m_changing = true;
        m_rows.clear();
        m_total = 0;
        m_totalIsLowerBound = false;
        m_hasMore = false;
        std::optional<Error> failure;
        if (Result<QList<Row>> first = loadChunk(nullptr, 0, ChunkSize); !first) {
            failure = first.error();
        } else {
            m_rows = std::move(first).value();
            m_hasMore = m_rows.size() == ChunkSize;
            m_total = static_cast<int>(m_rows.size());
            if (m_hasMore) {
                if (const Result<int> counted = countRows(CountLimit + 1); !counted) {
                    failure = counted.error();
                } else {
                    m_total = std::min(*counted, CountLimit);
                    m_totalIsLowerBound = *counted > CountLimit;
                }
            }
        }
        endResetModel();
        m_changing = false;
        if (failure)
            reportFailure(*failure);
    }

    // Puts a row that was just stored at the top, as newest-first listings would show it.
    void prependRow(const Row &row)
    {
        m_changing = true;
        beginInsertRows({}, 0, 0);
        m_rows.prepend(row);
        ++m_total;
        endInsertRows();
        m_changing = false;
    }

    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
    int m_total = 0;
    bool m_totalIsLowerBound = false;
    bool m_hasMore = false;
    bool m_changing = false; // while a reset or an insertion is being announced; see fetchMore()
};

} // namespace authdesk

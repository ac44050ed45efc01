#pragma once

// Resolves append-only correction chains (internal to core). A record may name, in `supersedes`,
// the record it corrects; a withdrawal is the last record of a chain with withdrawn = true.
// Records of one chain are those that lead back to the same root by following `supersedes`.
// When two devices corrected the same record independently, the chain forks: the head with the
// latest HLC (then the larger id) wins, so every device resolves to the same single version and a
// session is never counted twice. Tombstoned (deleted) records still link the chain but never win.

#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

namespace verrijkt::detail {

template <typename Record> QList<Record> currentVersions(const QList<Record> &all)
{
    QHash<QUuid, qsizetype> indexById;
    indexById.reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i)
        indexById.insert(all[i].meta.id, i);

    QSet<QUuid> superseded;
    for (const Record &r : all) {
        if (!r.supersedes.isNull() && r.supersedes != r.meta.id)
            superseded.insert(r.supersedes);
    }

    auto rootOf = [&](qsizetype i) {
        QUuid root = all[i].meta.id;
        QSet<QUuid> seen{root};
        for (QUuid next = all[i].supersedes; !next.isNull() && !seen.contains(next);) {
            seen.insert(next);
            root = next;
            const auto it = indexById.constFind(next);
            if (it == indexById.constEnd())
                break; // the corrected record has not arrived yet: its id still names the chain
            next = all[*it].supersedes;
        }
        return root;
    };

    // The winning head per chain root.
    QHash<QUuid, qsizetype> winner;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (superseded.contains(all[i].meta.id))
            continue;
        const QUuid root = rootOf(i);
        const auto it = winner.find(root);
        if (it == winner.end()) {
            winner.insert(root, i);
            continue;
        }
        const Record &current = all[*it];
        const Record &candidate = all[i];
        if (candidate.meta.hlc > current.meta.hlc ||
            (candidate.meta.hlc == current.meta.hlc && candidate.meta.id > current.meta.id))
            *it = i;
    }

    QSet<qsizetype> keep;
    for (qsizetype i : std::as_const(winner)) {
        if (!all[i].withdrawn && !all[i].meta.deleted)
            keep.insert(i);
    }
    QList<Record> result;
    result.reserve(keep.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (keep.contains(i))
            result.append(all[i]);
    }
    return result;
}

} // namespace verrijkt::detail

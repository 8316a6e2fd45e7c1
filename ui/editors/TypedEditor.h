#pragma once

#include "client/WorkspaceActions.h"
#include "models/domain/JsonCodec.h"
#include "ui/editors/ResourceEditor.h"

namespace wsc {

// How each resource type is found in the store and read back from a draft.
template <typename T>
struct EditorTraits;

template <>
struct EditorTraits<Connection> {
    static const Connection *find(const WorkspaceStore &s, const QString &id) { return s.connection(id); }
    static auto decode(QByteArrayView json) { return JsonCodec::decodeConnection(json); }
};

template <>
struct EditorTraits<DataModel> {
    static const DataModel *find(const WorkspaceStore &s, const QString &id) { return s.dataModel(id); }
    static auto decode(QByteArrayView json) { return JsonCodec::decodeDataModel(json); }
};

template <>
struct EditorTraits<FieldTransformation> {
    static const FieldTransformation *find(const WorkspaceStore &s, const QString &id)
    {
        return s.fieldTransformation(id);
    }
    static auto decode(QByteArrayView json) { return JsonCodec::decodeFieldTransformation(json); }
};

template <>
struct EditorTraits<Pipeline> {
    static const Pipeline *find(const WorkspaceStore &s, const QString &id) { return s.pipeline(id); }
    static auto decode(QByteArrayView json) { return JsonCodec::decodePipeline(json); }
};

// What the editors of one value type share: the copy they loaded, the store's current one, sending,
// drafts and duplicates. A subclass builds the form, reads it (`value()`) and fills it (`fill()`).
template <typename T>
class TypedEditor : public ResourceEditor {
    using Traits = EditorTraits<T>;

public:
    QString resourceId() const override { return m_original.id; }
    // The form as a value: what Save sends.
    virtual T value() const = 0;

    QByteArray draftJson() const override
    {
        T current = value();
        withoutSecrets(current); // never on disk
        return JsonCodec::encode(current);
    }

    bool restoreDraft(QByteArrayView json) override
    {
        auto decoded = Traits::decode(json);
        if (!decoded)
            return false;
        T draft = decoded.value();
        const T original = m_original;
        keepServerState(draft, original); // what the server said stays; the form gets what was typed
        if (!isNew())
            draft.id = original.id;
        load(draft);
        m_original = original;
        formEdited();
        return true;
    }

protected:
    TypedEditor(ResourceKind kind, WorkspaceActions &actions, bool isNew, QWidget *parent)
        : ResourceEditor(kind, actions, isNew, parent)
    {}

    // Shows a value; the subclass's form only (m_original is set by load()).
    virtual void fill(const T &value) = 0;
    // Removes the secrets of a value (drafts and copies); for a draft's restore, secrets come from the
    // original instead.
    virtual void withoutSecrets(T &value) const { Q_UNUSED(value); }
    virtual void keepSecrets(T &draft, const T &original) const
    {
        Q_UNUSED(draft);
        Q_UNUSED(original);
    }
    // What Save sends (the connection editor adds secrets typed at Save).
    virtual T outgoing() const { return value(); }

    void load(const T &v)
    {
        m_original = v;
        fill(v);
        showRawFields(v.rawFields);
    }

    bool differsFromOriginal() const override { return !(value() == m_original); }
    Timestamp loadedModified() const override { return m_original.audit.lastModifiedOn; }
    std::optional<Timestamp> storeModified() const override
    {
        const T *current = Traits::find(m_store, m_original.id);
        return current ? std::optional<Timestamp>(current->audit.lastModifiedOn) : std::nullopt;
    }
    void reloadFromStore() override
    {
        if (const T *current = Traits::find(m_store, m_original.id))
            load(T(*current)); // a copy: loading may run while the store changes
    }
    QByteArray serverJson() const override
    {
        const T *current = Traits::find(m_store, m_original.id);
        return current ? JsonCodec::encode(*current) : QByteArray();
    }
    QByteArray outgoingJson() const override { return JsonCodec::encode(outgoing()); }

    void send(std::function<void(const ApiError *error)> done) override
    {
        const T v = outgoing();
        sent();
        // The store takes the answer even when this editor was closed meanwhile.
        const auto call = m_actions.save(v, isNew());
        call.then(this, [this, done](const ApiResult<T> &result) {
            if (!result) {
                done(&result.error());
                return;
            }
            markSaved(false);
            load(result.value());
            done(nullptr);
        });
    }

    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override
    {
        const T *source = Traits::find(m_store, id);
        if (!source)
            return false;
        T copy = *source;
        copy.id = newId;
        copy.name = newName;
        clearServerState(copy);
        withoutSecrets(copy);
        load(copy);
        return true;
    }

    T m_original;

private:
    static void clearServerState(T &v)
    {
        v.audit = {};
        if constexpr (requires { v.status; })
            v.status = {};
        if constexpr (requires { v.errors; })
            v.errors.clear();
    }
    void keepServerState(T &draft, const T &original) const
    {
        draft.audit = original.audit;
        if constexpr (requires { draft.status; })
            draft.status = original.status;
        if constexpr (requires { draft.errors; })
            draft.errors = original.errors;
        keepSecrets(draft, original);
    }
};

} // namespace wsc

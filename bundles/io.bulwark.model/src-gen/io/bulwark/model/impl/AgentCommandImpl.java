/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.AgentCommand;
import io.bulwark.model.CommandState;
import io.bulwark.model.ModelPackage;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agent Command</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getState <em>State</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getDeliveredAt <em>Delivered At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getCompletedAt <em>Completed At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.AgentCommandImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgentCommandImpl extends MinimalEObjectImpl.Container implements AgentCommand {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final CommandState STATE_EDEFAULT = CommandState.QUEUED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected CommandState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliveredAt() <em>Delivered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DELIVERED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliveredAt() <em>Delivered At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredAt()
	 * @generated
	 * @ordered
	 */
	protected Instant deliveredAt = DELIVERED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant COMPLETED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedAt() <em>Completed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant completedAt = COMPLETED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgentCommandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.AGENT_COMMAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommandState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(CommandState newState) {
		CommandState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDeliveredAt() {
		return deliveredAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveredAt(Instant newDeliveredAt) {
		Instant oldDeliveredAt = deliveredAt;
		deliveredAt = newDeliveredAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__DELIVERED_AT, oldDeliveredAt, deliveredAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCompletedAt() {
		return completedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedAt(Instant newCompletedAt) {
		Instant oldCompletedAt = completedAt;
		completedAt = newCompletedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__COMPLETED_AT, oldCompletedAt, completedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.AGENT_COMMAND__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.AGENT_COMMAND__ID:
				return getId();
			case ModelPackage.AGENT_COMMAND__KIND:
				return getKind();
			case ModelPackage.AGENT_COMMAND__STATE:
				return getState();
			case ModelPackage.AGENT_COMMAND__CREATED_AT:
				return getCreatedAt();
			case ModelPackage.AGENT_COMMAND__DELIVERED_AT:
				return getDeliveredAt();
			case ModelPackage.AGENT_COMMAND__COMPLETED_AT:
				return getCompletedAt();
			case ModelPackage.AGENT_COMMAND__MESSAGE:
				return getMessage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.AGENT_COMMAND__ID:
				setId((Long)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__KIND:
				setKind((String)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__STATE:
				setState((CommandState)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__DELIVERED_AT:
				setDeliveredAt((Instant)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__COMPLETED_AT:
				setCompletedAt((Instant)newValue);
				return;
			case ModelPackage.AGENT_COMMAND__MESSAGE:
				setMessage((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.AGENT_COMMAND__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__STATE:
				setState(STATE_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__DELIVERED_AT:
				setDeliveredAt(DELIVERED_AT_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__COMPLETED_AT:
				setCompletedAt(COMPLETED_AT_EDEFAULT);
				return;
			case ModelPackage.AGENT_COMMAND__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.AGENT_COMMAND__ID:
				return id != ID_EDEFAULT;
			case ModelPackage.AGENT_COMMAND__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case ModelPackage.AGENT_COMMAND__STATE:
				return state != STATE_EDEFAULT;
			case ModelPackage.AGENT_COMMAND__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ModelPackage.AGENT_COMMAND__DELIVERED_AT:
				return DELIVERED_AT_EDEFAULT == null ? deliveredAt != null : !DELIVERED_AT_EDEFAULT.equals(deliveredAt);
			case ModelPackage.AGENT_COMMAND__COMPLETED_AT:
				return COMPLETED_AT_EDEFAULT == null ? completedAt != null : !COMPLETED_AT_EDEFAULT.equals(completedAt);
			case ModelPackage.AGENT_COMMAND__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", kind: ");
		result.append(kind);
		result.append(", state: ");
		result.append(state);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", deliveredAt: ");
		result.append(deliveredAt);
		result.append(", completedAt: ");
		result.append(completedAt);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //AgentCommandImpl

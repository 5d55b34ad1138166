/**
 */
package io.bulwark.model.impl;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.MoveItem;
import io.bulwark.model.MoveJob;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Move Job</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getSource <em>Source</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getTargetDomainId <em>Target Domain Id</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getTargetDomainName <em>Target Domain Name</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getTicket <em>Ticket</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#isWaitForOffline <em>Wait For Offline</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#isCancelNotifications <em>Cancel Notifications</em>}</li>
 *   <li>{@link io.bulwark.model.impl.MoveJobImpl#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MoveJobImpl extends MinimalEObjectImpl.Container implements MoveJob {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ManagementServer source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected ManagementServer target;

	/**
	 * The default value of the '{@link #getTargetDomainId() <em>Target Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDomainId()
	 * @generated
	 * @ordered
	 */
	protected static final Long TARGET_DOMAIN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDomainId() <em>Target Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDomainId()
	 * @generated
	 * @ordered
	 */
	protected Long targetDomainId = TARGET_DOMAIN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetDomainName() <em>Target Domain Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDomainName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_DOMAIN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetDomainName() <em>Target Domain Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetDomainName()
	 * @generated
	 * @ordered
	 */
	protected String targetDomainName = TARGET_DOMAIN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTicket() <em>Ticket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicket()
	 * @generated
	 * @ordered
	 */
	protected static final String TICKET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTicket() <em>Ticket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTicket()
	 * @generated
	 * @ordered
	 */
	protected String ticket = TICKET_EDEFAULT;

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
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected Instant deadline = DEADLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWaitForOffline() <em>Wait For Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWaitForOffline()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WAIT_FOR_OFFLINE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWaitForOffline() <em>Wait For Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWaitForOffline()
	 * @generated
	 * @ordered
	 */
	protected boolean waitForOffline = WAIT_FOR_OFFLINE_EDEFAULT;

	/**
	 * The default value of the '{@link #isCancelNotifications() <em>Cancel Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelNotifications()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCEL_NOTIFICATIONS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCancelNotifications() <em>Cancel Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelNotifications()
	 * @generated
	 * @ordered
	 */
	protected boolean cancelNotifications = CANCEL_NOTIFICATIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getItems() <em>Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItems()
	 * @generated
	 * @ordered
	 */
	protected EList<MoveItem> items;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MoveJobImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MOVE_JOB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementServer getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (ManagementServer)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.MOVE_JOB__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ManagementServer basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ManagementServer newSource) {
		ManagementServer oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ManagementServer getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (ManagementServer)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.MOVE_JOB__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ManagementServer basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(ManagementServer newTarget) {
		ManagementServer oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getTargetDomainId() {
		return targetDomainId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDomainId(Long newTargetDomainId) {
		Long oldTargetDomainId = targetDomainId;
		targetDomainId = newTargetDomainId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__TARGET_DOMAIN_ID, oldTargetDomainId, targetDomainId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetDomainName() {
		return targetDomainName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetDomainName(String newTargetDomainName) {
		String oldTargetDomainName = targetDomainName;
		targetDomainName = newTargetDomainName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__TARGET_DOMAIN_NAME, oldTargetDomainName, targetDomainName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTicket() {
		return ticket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTicket(String newTicket) {
		String oldTicket = ticket;
		ticket = newTicket;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__TICKET, oldTicket, ticket));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(Instant newDeadline) {
		Instant oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWaitForOffline() {
		return waitForOffline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaitForOffline(boolean newWaitForOffline) {
		boolean oldWaitForOffline = waitForOffline;
		waitForOffline = newWaitForOffline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__WAIT_FOR_OFFLINE, oldWaitForOffline, waitForOffline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCancelNotifications() {
		return cancelNotifications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCancelNotifications(boolean newCancelNotifications) {
		boolean oldCancelNotifications = cancelNotifications;
		cancelNotifications = newCancelNotifications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MOVE_JOB__CANCEL_NOTIFICATIONS, oldCancelNotifications, cancelNotifications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MoveItem> getItems() {
		if (items == null) {
			items = new EObjectContainmentEList<MoveItem>(MoveItem.class, this, ModelPackage.MOVE_JOB__ITEMS);
		}
		return items;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFinished() {
		for (MoveItem item : getItems()) {
			if (!item.isFinished()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MOVE_JOB__ITEMS:
				return ((InternalEList<?>)getItems()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MOVE_JOB__ID:
				return getId();
			case ModelPackage.MOVE_JOB__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case ModelPackage.MOVE_JOB__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_ID:
				return getTargetDomainId();
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_NAME:
				return getTargetDomainName();
			case ModelPackage.MOVE_JOB__TICKET:
				return getTicket();
			case ModelPackage.MOVE_JOB__CREATED_AT:
				return getCreatedAt();
			case ModelPackage.MOVE_JOB__DEADLINE:
				return getDeadline();
			case ModelPackage.MOVE_JOB__WAIT_FOR_OFFLINE:
				return isWaitForOffline();
			case ModelPackage.MOVE_JOB__CANCEL_NOTIFICATIONS:
				return isCancelNotifications();
			case ModelPackage.MOVE_JOB__ITEMS:
				return getItems();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MOVE_JOB__ID:
				setId((String)newValue);
				return;
			case ModelPackage.MOVE_JOB__SOURCE:
				setSource((ManagementServer)newValue);
				return;
			case ModelPackage.MOVE_JOB__TARGET:
				setTarget((ManagementServer)newValue);
				return;
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_ID:
				setTargetDomainId((Long)newValue);
				return;
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_NAME:
				setTargetDomainName((String)newValue);
				return;
			case ModelPackage.MOVE_JOB__TICKET:
				setTicket((String)newValue);
				return;
			case ModelPackage.MOVE_JOB__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case ModelPackage.MOVE_JOB__DEADLINE:
				setDeadline((Instant)newValue);
				return;
			case ModelPackage.MOVE_JOB__WAIT_FOR_OFFLINE:
				setWaitForOffline((Boolean)newValue);
				return;
			case ModelPackage.MOVE_JOB__CANCEL_NOTIFICATIONS:
				setCancelNotifications((Boolean)newValue);
				return;
			case ModelPackage.MOVE_JOB__ITEMS:
				getItems().clear();
				getItems().addAll((Collection<? extends MoveItem>)newValue);
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
			case ModelPackage.MOVE_JOB__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__SOURCE:
				setSource((ManagementServer)null);
				return;
			case ModelPackage.MOVE_JOB__TARGET:
				setTarget((ManagementServer)null);
				return;
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_ID:
				setTargetDomainId(TARGET_DOMAIN_ID_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_NAME:
				setTargetDomainName(TARGET_DOMAIN_NAME_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__TICKET:
				setTicket(TICKET_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__WAIT_FOR_OFFLINE:
				setWaitForOffline(WAIT_FOR_OFFLINE_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__CANCEL_NOTIFICATIONS:
				setCancelNotifications(CANCEL_NOTIFICATIONS_EDEFAULT);
				return;
			case ModelPackage.MOVE_JOB__ITEMS:
				getItems().clear();
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
			case ModelPackage.MOVE_JOB__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.MOVE_JOB__SOURCE:
				return source != null;
			case ModelPackage.MOVE_JOB__TARGET:
				return target != null;
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_ID:
				return TARGET_DOMAIN_ID_EDEFAULT == null ? targetDomainId != null : !TARGET_DOMAIN_ID_EDEFAULT.equals(targetDomainId);
			case ModelPackage.MOVE_JOB__TARGET_DOMAIN_NAME:
				return TARGET_DOMAIN_NAME_EDEFAULT == null ? targetDomainName != null : !TARGET_DOMAIN_NAME_EDEFAULT.equals(targetDomainName);
			case ModelPackage.MOVE_JOB__TICKET:
				return TICKET_EDEFAULT == null ? ticket != null : !TICKET_EDEFAULT.equals(ticket);
			case ModelPackage.MOVE_JOB__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ModelPackage.MOVE_JOB__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case ModelPackage.MOVE_JOB__WAIT_FOR_OFFLINE:
				return waitForOffline != WAIT_FOR_OFFLINE_EDEFAULT;
			case ModelPackage.MOVE_JOB__CANCEL_NOTIFICATIONS:
				return cancelNotifications != CANCEL_NOTIFICATIONS_EDEFAULT;
			case ModelPackage.MOVE_JOB__ITEMS:
				return items != null && !items.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.MOVE_JOB___IS_FINISHED:
				return isFinished();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(", targetDomainId: ");
		result.append(targetDomainId);
		result.append(", targetDomainName: ");
		result.append(targetDomainName);
		result.append(", ticket: ");
		result.append(ticket);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", waitForOffline: ");
		result.append(waitForOffline);
		result.append(", cancelNotifications: ");
		result.append(cancelNotifications);
		result.append(')');
		return result.toString();
	}

} //MoveJobImpl

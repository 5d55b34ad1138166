/**
 */
package io.bulwark.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Move Job</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A move of chosen agents from one management server to another: planned in the console, carried out by the servers and the agents, and followed until every agent arrived, was skipped, failed or expired. Every agent stays owned by exactly one server throughout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.MoveJob#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getSource <em>Source</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getTarget <em>Target</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getTargetDomainId <em>Target Domain Id</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getTargetDomainName <em>Target Domain Name</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getTicket <em>Ticket</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#isWaitForOffline <em>Wait For Offline</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#isCancelNotifications <em>Cancel Notifications</em>}</li>
 *   <li>{@link io.bulwark.model.MoveJob#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getMoveJob()
 * @model
 * @generated
 */
public interface MoveJob extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The move's identity (a UUID), also the idempotency key of its requests, so that a repeated request is harmless.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server the agents leave.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(ManagementServer)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Source()
	 * @model
	 * @generated
	 */
	ManagementServer getSource();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ManagementServer value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server the agents move to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(ManagementServer)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Target()
	 * @model
	 * @generated
	 */
	ManagementServer getTarget();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(ManagementServer value);

	/**
	 * Returns the value of the '<em><b>Target Domain Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain on the target server the agents are placed in; null for the root.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Domain Id</em>' attribute.
	 * @see #setTargetDomainId(Long)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_TargetDomainId()
	 * @model
	 * @generated
	 */
	Long getTargetDomainId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getTargetDomainId <em>Target Domain Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Domain Id</em>' attribute.
	 * @see #getTargetDomainId()
	 * @generated
	 */
	void setTargetDomainId(Long value);

	/**
	 * Returns the value of the '<em><b>Target Domain Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target domain's name when the move was planned, for a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Domain Name</em>' attribute.
	 * @see #setTargetDomainName(String)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_TargetDomainName()
	 * @model
	 * @generated
	 */
	String getTargetDomainName();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getTargetDomainName <em>Target Domain Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Domain Name</em>' attribute.
	 * @see #getTargetDomainName()
	 * @generated
	 */
	void setTargetDomainName(String value);

	/**
	 * Returns the value of the '<em><b>Ticket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ticket the target server issued, naming the agents it expects; null before the target issued it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ticket</em>' attribute.
	 * @see #setTicket(String)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Ticket()
	 * @model
	 * @generated
	 */
	String getTicket();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getTicket <em>Ticket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ticket</em>' attribute.
	 * @see #getTicket()
	 * @generated
	 */
	void setTicket(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the move was planned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_CreatedAt()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Until when agents may still move (by default 14 days after planning); waiting agents then expire and stay on the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(Instant)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Deadline()
	 * @model dataType="io.bulwark.model.Instant"
	 * @generated
	 */
	Instant getDeadline();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(Instant value);

	/**
	 * Returns the value of the '<em><b>Wait For Offline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether offline and roaming agents wait to come online and then move, rather than being skipped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wait For Offline</em>' attribute.
	 * @see #setWaitForOffline(boolean)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_WaitForOffline()
	 * @model
	 * @generated
	 */
	boolean isWaitForOffline();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#isWaitForOffline <em>Wait For Offline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wait For Offline</em>' attribute.
	 * @see #isWaitForOffline()
	 * @generated
	 */
	void setWaitForOffline(boolean value);

	/**
	 * Returns the value of the '<em><b>Cancel Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the source server cancels queued notifications for the agents first, which could otherwise stop them from moving.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cancel Notifications</em>' attribute.
	 * @see #setCancelNotifications(boolean)
	 * @see io.bulwark.model.ModelPackage#getMoveJob_CancelNotifications()
	 * @model
	 * @generated
	 */
	boolean isCancelNotifications();

	/**
	 * Sets the value of the '{@link io.bulwark.model.MoveJob#isCancelNotifications <em>Cancel Notifications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancel Notifications</em>' attribute.
	 * @see #isCancelNotifications()
	 * @generated
	 */
	void setCancelNotifications(boolean value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.MoveItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One item per agent, in the order the user chose them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see io.bulwark.model.ModelPackage#getMoveJob_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<MoveItem> getItems();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether every agent of the move reached a final state.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isFinished();

} // MoveJob
